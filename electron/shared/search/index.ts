/** Public API of the search module: build at sync time, persist as JSON, load at boot. */
export { createSearchIndex, createSearchIndexJson, loadSearchIndex } from './search-index';
export { updateSearchIndex, updateSearchIndexPieces } from './update-search-index';
export { groupsToRead, updateSearchIndexInGroups, type IndexInGroups } from './update-in-groups';
export { cutNameGroups } from './name-groups';
export { FORMAT as SEARCH_INDEX_FORMAT } from './persisted-index';
export type { PieceChanges } from './update-search-index';
export type { SearchInput } from './search-index';
export type { SearchHit, SearchIndex } from './kiosk-search-index';
export { canonicalWords } from './normalise';
export { createSearchIndexBuilder, type SearchIndexBuilder } from './search-index-builder';
