import type { Slot } from '../db/schema';

/** What the sync engine asks the search worker to index: a slot it reads from IndexedDB itself. */
export interface SearchIndexJob {
  dbName: string;
  slot: Slot;
  synonyms: string[][];
  languages: string[];
}

export type SearchIndexReply = { ok: true; json: string } | { ok: false; error: string };
