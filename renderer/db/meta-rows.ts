import type { CollectionManifest, RecordKind } from '../../electron/shared/collection-records';
import type { SearchPartKey } from '../../electron/shared/search/split-text';
import type { Slot } from './schema';

/** The manifest as kept in IndexedDB: everything but the chunk list, which lives in chunk rows. */
export type ManifestSummary = Omit<CollectionManifest, 'chunks'>;

/**
 * The single row readers resolve first. It names the live slot and what it holds; the sync engine
 * replaces it in one tiny transaction, which is what makes a sync atomic for readers.
 */
export interface PointerRow {
  key: 'pointer';
  slot: Slot;
  /** Manifest version the live slot was verified against. */
  version: string;
  /** STORE_SCHEMA_VERSION at the time of the flip. */
  schema: number;
  counts: Record<RecordKind, number>;
  /** ISO time of the flip. */
  syncedAt: string;
  manifest: ManifestSummary;
  /**
   * SEARCH_INDEX_STORAGE when the live slot's search index was stored; absent in stores written
   * before the index was split into parts, which the next sync rebuilds (see the sync engine).
   */
  searchStorage?: number;
}

/**
 * What one slot holds of one chunk file, written in the same transaction as the chunk's last
 * records. A slot's chunk rows are its exact contents, which lets an interrupted sync resume and
 * an incremental sync touch only the chunks that changed.
 */
export interface ChunkStateRow {
  key: `chunk:${Slot}:${string}`;
  stateOf: Slot;
  file: string;
  kind: RecordKind;
  hash: string;
  ids: string[];
  /**
   * The records' own content hashes (`hash`), in the order of `ids`; absent in rows written before
   * they were kept, or when a record had none. A later chunk holding a record with the same id and
   * hash need not write it again (see renderer/sync/records-in-place.ts).
   */
  hashes?: string[];
}

/**
 * How a slot's search index is stored. 1: one row holding the whole serialised index (11.8 MB at
 * 10,000 pieces, read and rewritten whole by every update). 2: the text cut into content-defined
 * parts kept in rows of their own, shared by both slots, so an update writes only the parts whose
 * text changed.
 */
export const SEARCH_INDEX_STORAGE = 2;

/** What a search index builder stored (defined beside the cutter, which the build also runs). */
export type { StoredSearchIndex } from '../../electron/shared/search/cut-search-text';
import type { StoredSearchIndex } from '../../electron/shared/search/cut-search-text';

/** The search index built at sync time for one slot, so a restart does not rebuild it. */
export interface SearchIndexRow extends StoredSearchIndex {
  key: `search:${Slot}`;
  version: string;
  storage: number;
}

/**
 * One part of a stored search index, keyed by a hash of its text: two indexes holding the same text
 * share the row. Parts no slot's index lists are deleted at the pointer flip.
 */
export interface SearchPartRow {
  key: SearchPartKey;
  text: string;
}

export type MetaRow = PointerRow | ChunkStateRow | SearchIndexRow | SearchPartRow;

/** Key prefix of the search part rows. */
export const SEARCH_PART_PREFIX = 'searchpart:';

export function chunkStateKey(slot: Slot, file: string): ChunkStateRow['key'] {
  return `chunk:${slot}:${file}`;
}

export function searchIndexKey(slot: Slot): SearchIndexRow['key'] {
  return `search:${slot}`;
}
