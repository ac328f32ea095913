/** Public API of the facet module: filter and count the in-memory collection, and sort it. */
export { createFacetIndex, EMPTY_IDS } from './facet-index';
export type { FacetCounts, FacetFilters, FacetIndex } from './facet-index';
export type { Facet } from './facet-fields';
export { createPieceSorter } from './sort-pieces';
export type { PieceSorter, SortKey } from './sort-pieces';
