import type { SearchHit } from '../../electron/shared/search/kiosk-search-index';

/**
 * Messages between the search screen and the query worker that holds the loaded index. The index
 * of a 10,000-piece collection is about 35 MB of maps and its load parses 11 MB of JSON: kept off
 * the page's thread, neither that work, its garbage collection nor a slow two-letter prefix query
 * can hold up a touch or a scroll.
 */
export type QueryRequest =
  /** Load the live slot's stored index from this IndexedDB database. */
  | { type: 'open'; dbName: string }
  | { type: 'search'; id: number; query: string; limit: number }
  | { type: 'suggest'; id: number; query: string };

export type QueryReply =
  /** Names answer from now on; `missing` when no index is stored, `error` when it did not load. */
  | { type: 'opened'; ok: true }
  | { type: 'opened'; ok: false; missing: boolean; error?: string }
  /** Descriptions and labels answer from now on (names, accession numbers and years already do). */
  | { type: 'complete' }
  | { type: 'hits'; id: number; hits: readonly SearchHit[] }
  | { type: 'suggestions'; id: number; suggestions: string[] };
