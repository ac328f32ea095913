import { KioskDb } from '../db/kiosk-db';
import { buildSearchJson, updateSearchJson } from './search-json';
import type { SearchIndexJob, SearchIndexReply } from './search-worker-protocol';

/** The worker's global scope, typed by hand: the renderer project compiles against DOM types. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SearchIndexJob>) => void) | null;
  postMessage(message: SearchIndexReply): void;
};

scope.onmessage = (event) => {
  const { dbName, slot, synonyms, languages, changes } = event.data;
  const db = new KioskDb(dbName);
  const settings = { synonyms, languages };
  (changes ? updateSearchJson(db, slot, settings, changes) : buildSearchJson(db, slot, settings))
    .then((json) => scope.postMessage({ ok: true, json }))
    .catch((error: unknown) => scope.postMessage({ ok: false, error: String(error) }))
    .finally(() => db.close());
};
