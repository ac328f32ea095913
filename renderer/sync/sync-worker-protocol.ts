import type { SyncOutcome } from './engine';
import type { SyncProgress } from './progress';

/**
 * One sync asked of the sync worker (sync-worker.ts): database `dbName`, from the collection at
 * `base` (the page resolves it; a worker has no document to resolve `collection/` against).
 */
export interface SyncRequest {
  type: 'sync';
  /** Numbers the replies: one request's progress never reaches another's listener. */
  id: number;
  dbName: string;
  base: string;
  rebuild?: boolean;
}

/**
 * The worker's replies to request `id`, in order: `progress` any number of times, then `outcome`
 * once the new collection is live (or the sync gave up), then `settled` when the old slot is level
 * and the store has no more writes of that sync. `error` replaces `outcome` and `settled` when the
 * sync threw instead of answering.
 */
export type SyncReply =
  | { type: 'progress'; id: number; progress: SyncProgress }
  | { type: 'outcome'; id: number; outcome: SyncOutcome }
  | { type: 'settled'; id: number }
  | { type: 'error'; id: number; error: string };
