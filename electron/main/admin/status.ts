import { app } from 'electron';
import { totalWorkingSetMB } from '../../node/recovery/memory-watchdog';
import type { AdminStatus } from '../../shared/kiosk-status';
import type { KioskContext } from '../context';

/** Collects the admin status page's data from the main process. */
export function gatherStatus(context: KioskContext, now: Date = new Date()): AdminStatus {
  const { loaded, updater } = context;
  return {
    versions: {
      app: app.getVersion(),
      electron: process.versions.electron ?? 'unknown',
      chrome: process.versions.chrome ?? 'unknown',
      node: process.versions.node,
    },
    startedAt: context.startedAt.toISOString(),
    uptimeSec: Math.round((now.getTime() - context.startedAt.getTime()) / 1000),
    memoryMB: totalWorkingSetMB(app.getAppMetrics()),
    collection: updater?.status() ?? {
      sourceDir: '',
      sourceMissing: false,
      building: false,
      lastGood: null,
      lastFailure: null,
    },
    ...(context.publishStatus ? { publish: context.publishStatus() } : {}),
    config: { path: loaded.path, exists: loaded.exists, problems: loaded.problems },
    recoveries: context.journal.list(),
  };
}
