import { appDb } from '../db/kiosk-db';
import { createSyncController, type SyncController } from './controller';
import { createHttpSource } from './source';
import { inPageRunner, workerRunner } from './sync-runner';

let shared: SyncController | undefined;

/**
 * The app's sync controller: the app database fed from `collection/` on the page's own origin, the
 * engine running in the sync worker (the page's thread only hears its progress). Live updates
 * (Electron telling the renderer the folder changed) call `appSync().sync()`.
 */
export function appSync(): SyncController {
  if (shared) return shared;
  const db = appDb();
  const source = createHttpSource();
  const onPage = inPageRunner(db, source);
  const runner =
    typeof Worker === 'undefined'
      ? onPage
      : workerRunner(
          db,
          source.url!,
          () => new Worker(new URL('./sync-worker.ts', import.meta.url), { type: 'module' }),
          onPage,
        );
  shared = createSyncController(db, runner);
  return shared;
}
