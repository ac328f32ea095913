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

export type SearchIndexReply = { ok: true; json: string } | { ok: false; error: string };
