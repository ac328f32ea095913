/** Public API of the search module: build at sync time, persist as JSON, load at boot. */
export { createSearchIndex, loadSearchIndex } from './search-index';
export { updateSearchIndex, updateSearchIndexPieces, type PieceChanges } from './update-search-index';
export type { SearchHit, SearchIndex, SearchInput, SearchOptionsInput } from './search-index';
export { canonicalWord, canonicalWords, foldCase } from './normalise';
export { createSearchIndexBuilder, type SearchIndexBuilder } from './search-index-builder';
