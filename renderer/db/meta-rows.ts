import type { CollectionManifest, RecordKind } from '../../electron/shared/collection-records';
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
}

/** The search index built at sync time for one slot, so a restart does not rebuild it. */
export interface SearchIndexRow {
  key: `search:${Slot}`;
  version: string;
  /** Serialised index as produced by the search module. */
  json: string;
}

export type MetaRow = PointerRow | ChunkStateRow | SearchIndexRow;

export function chunkStateKey(slot: Slot, file: string): ChunkStateRow['key'] {
  return `chunk:${slot}:${file}`;
}

export function searchIndexKey(slot: Slot): SearchIndexRow['key'] {
  return `search:${slot}`;
}
