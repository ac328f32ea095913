import { KioskDb } from '../db/kiosk-db';
import type { SearchBuilder } from './build-search';
import { syncCollection, whenSettled } from './engine';
import type { CollectionSource } from './source';
import type { SyncReply, SyncRequest } from './sync-worker-protocol';

/** The worker's global scope as far as this needs it (the project compiles against DOM types). */
export interface SyncWorkerScope<R extends SyncRequest> {
  onmessage: ((event: MessageEvent<R>) => void) | null;
  postMessage(reply: SyncReply): void;
}

/** What a request syncs from and how its index comes about (the app's, or a benchmark's). */
export interface SyncDependencies {
  source: CollectionSource;
  buildSearch?: SearchBuilder;
}

/**
 * Runs the sync engine for every request that reaches `scope`, one after the other (the engine
 * itself waits for the previous sync's settle), and answers as sync-worker-protocol.ts says. Each
 * database is opened once and kept open: the next sync starts without a connection to make.
 */
export function serveSyncRequests<R extends SyncRequest>(
  scope: SyncWorkerScope<R>,
  dependencies: (request: R) => SyncDependencies,
): void {
  const open = new Map<string, KioskDb>();
  scope.onmessage = (event) => {
    const request = event.data;
    if (request?.type !== 'sync') return;
    let db = open.get(request.dbName);
    if (!db) {
      db = new KioskDb(request.dbName);
      open.set(request.dbName, db);
    }
    void answer(scope, db, request, dependencies(request));
  };
}

async function answer(
  scope: Pick<SyncWorkerScope<SyncRequest>, 'postMessage'>,
  db: KioskDb,
  request: SyncRequest,
  { source, buildSearch }: SyncDependencies,
): Promise<void> {
  const { id } = request;
  try {
    const outcome = await syncCollection(db, source, {
      rebuild: request.rebuild,
      buildSearch,
      // The visitor sees the new collection as soon as it is live; the settle follows, off their path.
      settle: 'background',
      onProgress: (progress) => scope.postMessage({ type: 'progress', id, progress }),
    });
    scope.postMessage({ type: 'outcome', id, outcome });
    await whenSettled(db);
    scope.postMessage({ type: 'settled', id });
  } catch (error) {
    scope.postMessage({ type: 'error', id, error: error instanceof Error ? error.message : String(error) });
  }
}
