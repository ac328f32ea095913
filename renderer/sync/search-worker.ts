import { KioskDb } from '../db/kiosk-db';
import { buildSearchJson } from './search-json';
import type { SearchIndexJob, SearchIndexReply } from './search-worker-protocol';

/** The worker's global scope, typed by hand: the renderer project compiles against DOM types. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SearchIndexJob>) => void) | null;
  postMessage(message: SearchIndexReply): void;
};

scope.onmessage = (event) => {
  const { dbName, slot, synonyms, languages } = event.data;
  const db = new KioskDb(dbName);
  buildSearchJson(db, slot, { synonyms, languages })
    .then((json) => scope.postMessage({ ok: true, json }))
    .catch((error: unknown) => scope.postMessage({ ok: false, error: String(error) }))
    .finally(() => db.close());
};
