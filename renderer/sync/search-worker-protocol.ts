import type {
  CollectionManifest,
  RecordKind,
  SearchIndexRef,
} from '../../electron/shared/collection-records';
import type { StoredSearchIndex } from '../db/meta-rows';
import type { Slot } from '../db/schema';
import type { PieceIdChanges } from './piece-changes';

/**
 * What the sync engine asks the search worker to index: a slot it reads from IndexedDB itself, and
 * for a sync that changed only pieces, those changes (applied to the live slot's stored index).
 */
export interface SearchIndexJob {
  dbName: string;
  slot: Slot;
  synonyms: string[][];
  languages: string[];
  changes?: PieceIdChanges;
}

/**
 * Messages to the worker. A one-shot job is a single `job`. A streamed build is `stream`, then the
 * records of every chunk as the sync fetches them (`records`), then `finish`; the worker indexes
 * while the page writes, and stores the parts into database `dbName` at `finish`.
 */
export type SearchWorkerMessage =
  /** Sent to a warmed worker: open database `dbName` now, for the job that follows. */
  | { type: 'open'; dbName: string }
  | { type: 'job'; job: SearchIndexJob }
  /** Download the build's shipped index from the collection at `url` and store it in `dbName`. */
  | { type: 'shipped'; dbName: string; url: string; ref: SearchIndexRef }
  | {
      type: 'stream';
      /** Where `finish` stores the index's parts. */
      dbName: string;
      settings: Pick<CollectionManifest, 'synonyms' | 'languages'>;
      counts: CollectionManifest['counts'];
    }
  | { type: 'records'; kind: RecordKind; records: unknown[] }
  /** A fetched chunk's verified bytes, parsed in the worker (cheaper to send than its records). */
  | { type: 'bytes'; kind: RecordKind; bytes: ArrayBuffer }
  | { type: 'finish' };

/** The worker stores the index's parts itself and answers with their keys, never the text. */
export type SearchIndexReply = { ok: true; stored: StoredSearchIndex } | { ok: false; error: string };
