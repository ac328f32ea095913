import { appDb } from '../db/kiosk-db';
import { createSyncController, type SyncController } from './controller';
import { createHttpSource } from './source';

let shared: SyncController | undefined;

/**
 * The app's sync controller: the app database fed from `collection/` on the page's own origin.
 * Live updates (Electron telling the renderer the folder changed) call `appSync().sync()`.
 */
export function appSync(): SyncController {
  shared ??= createSyncController(appDb(), createHttpSource());
  return shared;
}
