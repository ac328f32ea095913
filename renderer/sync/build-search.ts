import type { CollectionManifest } from '../../electron/shared/collection-records';
import type { KioskDb } from '../db/kiosk-db';
import type { Slot } from '../db/schema';
import { buildSearchJson } from './search-json';
import type { SearchIndexJob, SearchIndexReply } from './search-worker-protocol';

/**
 * Builds the search index from a freshly loaded slot and returns it serialised, or undefined when
 * there is nothing to persist. It runs at sync time, before the pointer flip, so a restart loads
 * the stored index instead of rebuilding it.
 */
export type SearchBuilder = (
  db: KioskDb,
  slot: Slot,
  manifest: CollectionManifest,
) => Promise<string | undefined>;

/**
 * The app's builder. Indexing a large collection takes far longer than one frame, so in a browser
 * it runs in a worker that reads the slot from IndexedDB itself (no records cross the thread
 * boundary); where there are no workers (unit tests) it runs inline. A failure leaves the sync
 * intact without a stored index; search then has nothing to load until the next sync.
 */
export const buildSearchIndex: SearchBuilder = async (db, slot, manifest) => {
  try {
    if (typeof Worker === 'undefined') return await buildSearchJson(db, slot, manifest);
    return await inWorker({
      dbName: db.name,
      slot,
      synonyms: manifest.synonyms,
      languages: manifest.languages,
    });
  } catch (error) {
    console.error('search index not built:', error);
    return undefined;
  }
};

function inWorker(job: SearchIndexJob): Promise<string> {
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<string>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<SearchIndexReply>) => {
      if (event.data.ok) resolve(event.data.json);
      else reject(new Error(event.data.error));
    };
    worker.onerror = (event) => reject(new Error(event.message || 'search worker failed'));
    worker.postMessage(job);
  }).finally(() => worker.terminate());
}
