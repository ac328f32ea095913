import { useSyncExternalStore } from 'react';
import { appSync } from './app-sync';
import type { SyncStatus } from './controller';

/** The app's sync status (phase, progress, host flag); re-renders on every change. */
export function useSyncStatus(): SyncStatus {
  const controller = appSync();
  return useSyncExternalStore(controller.subscribe, controller.getStatus);
}
