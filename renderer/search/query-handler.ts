import type { QueryReply, QueryRequest } from './query-protocol';
import type { SearchIndex } from '../../electron/shared/search/kiosk-search-index';
import { loadSearchIndex } from '../../electron/shared/search/search-index';
import type { SplitIndexText } from '../../electron/shared/search/persisted-index';

/** Reads the live slot's stored index of a database: whole, or in two (names before details). */
export type IndexReader = (dbName: string) => Promise<string | SplitIndexText | undefined>;

/**
 * The query worker's logic, apart from its thread so unit tests can drive it: `open` loads the
 * stored index (names first, details in the background), then each `search` and `suggest` is
 * answered in the order asked. Requests that come before the index is loaded wait for it.
 */
export function createQueryHandler(
  readIndex: IndexReader,
  post: (reply: QueryReply) => void,
): (request: QueryRequest) => void {
  let index: Promise<SearchIndex | undefined> = Promise.resolve(undefined);

  async function open(dbName: string): Promise<SearchIndex | undefined> {
    let loaded: SearchIndex;
    try {
      const text = await readIndex(dbName);
      if (!text) {
        post({ type: 'opened', ok: false, missing: true });
        return undefined;
      }
      // This copy only answers queries: it lets go of the stored text once complete.
      loaded = loadSearchIndex(text, { queriesOnly: true });
    } catch (error) {
      post({ type: 'opened', ok: false, missing: false, error: String(error) });
      return undefined;
    }
    post({ type: 'opened', ok: true });
    // Left incomplete (names only) when the details could not be read: a flip in between dropped
    // them, and the screens open the newer collection's index instead of this one.
    loaded.whenComplete().then(
      () => post({ type: 'complete' }),
      (error: unknown) => console.warn(`search index stays names-only: ${String(error)}`),
    );
    return loaded;
  }

  return (request) => {
    if (request.type === 'open') {
      index = open(request.dbName);
      return;
    }
    void index.then((loaded) => {
      if (request.type === 'search') {
        const hits = answer(request.query, () => loaded?.search(request.query, { limit: request.limit }));
        post({ type: 'hits', id: request.id, hits: hits ?? [] });
      } else {
        const suggestions = answer(request.query, () => loaded?.suggest(request.query));
        post({ type: 'suggestions', id: request.id, suggestions: suggestions ?? [] });
      }
    });
  };
}

/**
 * A query's answer, or undefined (with the error logged) when the index threw on it: the screen
 * waits for a reply to every request, so a query the index cannot answer is answered with nothing
 * rather than never.
 */
function answer<T>(query: string, run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    console.error(`search index failed on "${query}":`, error);
    return undefined;
  }
}
