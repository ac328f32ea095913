import type { CollectionManifest } from '../../electron/shared/collection-records';
import type { KioskDb } from '../db/kiosk-db';
import type { Slot } from '../db/schema';
import type { PieceIdChanges } from './piece-changes';
import { buildSearchJson, updateSearchJson } from './search-json';
import type { SearchIndexJob, SearchIndexReply } from './search-worker-protocol';

/**
 * Builds the search index from a freshly loaded slot and returns it serialised, or undefined when
 * there is nothing to persist. It runs at sync time, before the pointer flip, so a restart loads
 * the stored index instead of rebuilding it. `changes` is given when the sync changed only pieces:
 * the live slot's stored index can then be updated with just those.
 */
export type SearchBuilder = (
  db: KioskDb,
  slot: Slot,
  manifest: CollectionManifest,
  changes?: PieceIdChanges,
) => Promise<string | undefined>;

/**
 * A builder that runs in workers made by `makeWorker` (one per job): indexing a large collection
 * takes far longer than one frame. The worker reads the slot from IndexedDB itself, so only ids
 * cross the thread boundary; where there are no workers (unit
 * tests) it runs inline. A failure leaves the sync intact without a stored index; search then has
 * nothing to load until the next sync.
 */
export function createSearchBuilder(makeWorker: () => Worker): SearchBuilder {
  return async (db, slot, manifest, changes) => {
    const settings = { synonyms: manifest.synonyms, languages: manifest.languages };
    try {
      if (typeof Worker === 'undefined') {
        return await (changes
          ? updateSearchJson(db, slot, settings, changes)
          : buildSearchJson(db, slot, settings));
      }
      return await inWorker(makeWorker(), { dbName: db.name, slot, ...settings, changes });
    } catch (error) {
      console.error('search index not built:', error);
      return undefined;
    }
  };
}

/** The app's builder; Vite bundles the worker from this `new URL(...)` pattern. */
export const buildSearchIndex: SearchBuilder = createSearchBuilder(
  () => new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' }),
);

function inWorker(worker: Worker, job: SearchIndexJob): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<SearchIndexReply>) => {
      if (event.data.ok) resolve(event.data.json);
      else reject(new Error(event.data.error));
    };
    worker.onerror = (event) => reject(new Error(event.message || 'search worker failed'));
    worker.postMessage(job);
  }).finally(() => worker.terminate());
}
