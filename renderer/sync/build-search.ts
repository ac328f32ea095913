import type {
  CollectionManifest,
  RecordKind,
  SearchIndexRef,
} from '../../electron/shared/collection-records';
import type { KioskDb } from '../db/kiosk-db';
import type { StoredSearchIndex } from '../db/meta-rows';
import type { Slot } from '../db/schema';
import { createSearchIndexBuilder } from '../../electron/shared/search';
import type { PieceIdChanges } from './piece-changes';
import { buildStoredSearchIndex } from './search-json';
import { storeSearchText } from './search-parts-writer';
import { storeShippedSearchIndex } from './shipped-search';
import { fetchedBytesOf, type CollectionSource } from './source';
import type { SearchIndexJob, SearchIndexReply, SearchWorkerMessage } from './search-worker-protocol';

/**
 * Builds the search index from a freshly loaded slot and stores its parts (search-parts-writer.ts),
 * or resolves undefined when nothing was stored. It runs at sync time, before the pointer flip, so
 * a restart loads the stored index instead of rebuilding it; the engine then writes the slot's
 * index row naming the parts. `changes` is given when the sync changed only pieces: the live slot's
 * stored index can then be updated with just those.
 */
export type SearchBuilder = ((
  db: KioskDb,
  slot: Slot,
  manifest: CollectionManifest,
  changes?: PieceIdChanges,
) => Promise<StoredSearchIndex | undefined>) & {
  /**
   * Optional: starts a build fed with the records as the sync fetches them, so indexing runs while
   * the page writes. The engine uses it only when every chunk is fetched in one pass.
   */
  stream?: (db: KioskDb, manifest: CollectionManifest) => SearchStream;
  /**
   * Optional: starts the worker of the next build now, opening `db` there. The engine calls it as
   * a sync that will update the live index begins, so the worker's start overlaps the records' load.
   */
  warm?: (db: KioskDb) => void;
  /**
   * Optional: downloads and stores the index the build shipped (shipped-search.ts) off the page,
   * in a worker; without it the engine does so on the page.
   */
  shipped?: (db: KioskDb, source: CollectionSource, ref: SearchIndexRef) => Promise<StoredSearchIndex>;
};

/** A warmed worker no build took within this time is ended: the sync that warmed it failed. */
const WARM_WORKER_MS = 60_000;

/** A build fed chunk by chunk; `finish` stores the index of everything fed, `cancel` drops it. */
interface SearchStream {
  add(kind: RecordKind, records: unknown[]): void;
  finish(): Promise<StoredSearchIndex | undefined>;
  cancel(): void;
}

/**
 * A builder that runs in workers made by `makeWorker` (one per job): indexing a large collection
 * takes far longer than one frame. A one-shot job reads the slot from IndexedDB in the worker, so
 * only ids cross the thread boundary; a stream sends each fetched chunk's records over as they come.
 * Where there are no workers (unit tests) both run inline. A failure leaves the sync intact without
 * a stored index; search then has nothing to load until the next sync.
 */
export function createSearchBuilder(makeWorker: () => Worker): SearchBuilder {
  let warmed: { worker: Worker; timer: ReturnType<typeof setTimeout> } | undefined;
  const takeWorker = () => {
    if (!warmed) return makeWorker();
    clearTimeout(warmed.timer);
    const { worker } = warmed;
    warmed = undefined;
    return worker;
  };
  const build: SearchBuilder = async (db, slot, manifest, changes) => {
    const settings = { synonyms: manifest.synonyms, languages: manifest.languages };
    try {
      if (typeof Worker === 'undefined') return await buildStoredSearchIndex(db, slot, settings, changes);
      const worker = takeWorker();
      const answer = reply(worker);
      const job: SearchIndexJob = { dbName: db.name, slot, ...settings, changes };
      worker.postMessage({ type: 'job', job } satisfies SearchWorkerMessage);
      return await answer;
    } catch (error) {
      return notBuilt(error);
    }
  };
  build.shipped = (db, source, ref) => {
    // Its text is tens of MB at museum scale: hashed, compressed and written off the page.
    if (typeof Worker === 'undefined' || !source.url) return storeShippedSearchIndex(db, source, ref);
    const worker = takeWorker();
    const answer = reply(worker);
    worker.postMessage({
      type: 'shipped',
      dbName: db.name,
      url: source.url,
      ref,
    } satisfies SearchWorkerMessage);
    return answer;
  };
  build.stream = (db, manifest) =>
    typeof Worker === 'undefined' ? inlineStream(db, manifest) : workerStream(takeWorker(), db, manifest);
  build.warm = (db) => {
    if (typeof Worker === 'undefined' || warmed) return;
    const worker = makeWorker();
    worker.postMessage({ type: 'open', dbName: db.name } satisfies SearchWorkerMessage);
    const timer = setTimeout(() => {
      if (warmed?.worker !== worker) return;
      warmed = undefined;
      worker.terminate();
    }, WARM_WORKER_MS);
    warmed = { worker, timer };
  };
  return build;
}

/** The app's builder; Vite bundles the worker from this `new URL(...)` pattern. */
export const buildSearchIndex: SearchBuilder = createSearchBuilder(
  () => new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' }),
);

function workerStream(worker: Worker, db: KioskDb, manifest: CollectionManifest): SearchStream {
  // Listening from the start: a worker that fails to load must not leave `finish` waiting.
  const answer = reply(worker);
  answer.catch(() => {});
  const post = (message: SearchWorkerMessage) => worker.postMessage(message);
  const settings = { synonyms: manifest.synonyms, languages: manifest.languages };
  post({ type: 'stream', dbName: db.name, settings, counts: manifest.counts });
  return {
    add: (kind, records) => {
      const bytes = fetchedBytesOf(records);
      post(bytes ? { type: 'bytes', kind, bytes } : { type: 'records', kind, records });
    },
    finish: () => {
      post({ type: 'finish' });
      return answer.catch(notBuilt);
    },
    cancel: () => worker.terminate(),
  };
}

function inlineStream(db: KioskDb, manifest: CollectionManifest): SearchStream {
  const builder = createSearchIndexBuilder(manifest, manifest.counts);
  let error: unknown;
  return {
    add: (kind, records) => {
      try {
        if (error === undefined) builder.add(kind, records as never[]);
      } catch (caught) {
        error = caught;
      }
    },
    finish: async () => {
      try {
        if (error !== undefined) throw error;
        return await storeSearchText(db, builder.finishJson());
      } catch (caught) {
        return notBuilt(caught);
      }
    },
    cancel: () => {},
  };
}

function notBuilt(error: unknown): undefined {
  console.error('search index not built:', error);
  return undefined;
}

/** Resolves with the worker's one reply (attach before posting); the worker ends either way. */
function reply(worker: Worker): Promise<StoredSearchIndex> {
  return new Promise<StoredSearchIndex>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<SearchIndexReply>) => {
      if (event.data.ok) resolve(event.data.stored);
      else reject(new Error(event.data.error));
    };
    worker.onerror = (event) => reject(new Error(event.message || 'search worker failed'));
  }).finally(() => worker.terminate());
}
