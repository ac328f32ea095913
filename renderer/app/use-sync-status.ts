import { useSyncExternalStore } from 'react';
import { appSync } from '../sync/app-sync';
import type { SyncStatus } from '../sync/controller';

/** The app's sync status (phase, progress, host flag); re-renders on every change. */
export function useSyncStatus(): SyncStatus {
  const controller = appSync();
  return useSyncExternalStore(controller.subscribe, controller.getStatus);
}
