import { buildSearchIndex } from './build-search';
import { createHttpSource } from './source';
import { serveSyncRequests, type SyncWorkerScope } from './sync-requests';
import type { SyncRequest } from './sync-worker-protocol';

/**
 * The app's sync worker: the sync engine off the page's thread. Downloading, hashing and parsing
 * chunks of a few MB and cloning thousands of records into IndexedDB are tasks of tens of
 * milliseconds each; here a visitor touching the first-run screen, or browsing while a curator's
 * change syncs, waits behind none of them. The page learns of the flip like any other write: Dexie
 * tells every context of the origin what changed, and its live queries read the new slot.
 */
serveSyncRequests(self as unknown as SyncWorkerScope<SyncRequest>, (request) => ({
  source: createHttpSource(request.base),
  buildSearch: buildSearchIndex,
}));
