/**
 * The benchmark's sync worker: the app's (renderer/sync/sync-worker.ts) with the benchmark's ways
 * of making the index. The page starts one per mode, naming it in the script's query
 * (`sync-worker.js?builder=worker`), so the same request protocol and engine run as in the app.
 */
import { createSearchBuilder, type SearchBuilder } from '../../../renderer/sync/build-search';
import { createHttpSource, type CollectionSource } from '../../../renderer/sync/source';
import { serveSyncRequests, type SyncWorkerScope } from '../../../renderer/sync/sync-requests';
import type { SyncRequest } from '../../../renderer/sync/sync-worker-protocol';

export type BenchBuilder = 'shipped' | 'worker' | 'rebuild' | 'none';

/**
 * The app's builder (renderer/sync/build-search.ts) with the worker's URL pointed at the bundle
 * this benchmark serves: Vite resolves `new URL('./search-worker.ts', import.meta.url)` in the
 * app, esbuild does not. Same code, same worker, same IndexedDB reads.
 */
const buildSearch = createSearchBuilder(() => new Worker('/search-worker.js', { type: 'module' }));

/**
 * How the index of a sync comes about: `shipped` downloads the build's index (the kiosk's builder
 * stays as the fallback); the others ignore it and build it on the kiosk, or not at all (`none`).
 */
const BUILDERS: Record<BenchBuilder, SearchBuilder> = {
  shipped: buildSearch,
  worker: buildSearch,
  // The same builder told nothing about what changed: a full build in the worker every time.
  rebuild: (db, slot, manifest) => buildSearch(db, slot, manifest),
  none: async () => undefined,
};

/**
 * The same host with the manifest's shipped search index left out, as from a build that did not
 * ship one: the kiosk then builds or updates the index itself (the `worker`, `rebuild` and `none`
 * modes), which is what these modes measure.
 */
function withoutIndex(host: CollectionSource): CollectionSource {
  return {
    ...host,
    async manifest() {
      const result = await host.manifest();
      if (result.ok) delete result.manifest.search;
      return result;
    },
  };
}

const builder = (new URL(self.location.href).searchParams.get('builder') ?? 'shipped') as BenchBuilder;
if (!(builder in BUILDERS)) throw new Error(`sync-worker.js: unknown builder "${builder}"`);

serveSyncRequests(self as unknown as SyncWorkerScope<SyncRequest>, (request) => {
  const host = createHttpSource(request.base);
  return {
    source: builder === 'shipped' ? host : withoutIndex(host),
    buildSearch: BUILDERS[builder],
  };
});
