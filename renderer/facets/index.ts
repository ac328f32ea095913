/** Public API of the facet module: filter and count the in-memory collection, and sort it. */
export { createFacetIndex, EMPTY_COUNTS, EMPTY_IDS } from './facet-index';
export type { FacetCounts, FacetFilters, FacetIndex, FacetResult } from './facet-index';
export { FACETS, IN_STORAGE, ON_DISPLAY } from './facet-fields';
export type { Facet, FacetPiece } from './facet-fields';
export { createPieceSorter } from './sort-pieces';
export type { PieceSorter, SortablePiece, SortKey } from './sort-pieces';
