import { app, type BrowserWindow } from 'electron';
import type { DailySummary } from '../shared/insights-summary';
import type { PublishStatusView } from '../shared/web-host-status';
import path from 'node:path';
import { AdminGate } from '../node/admin/admin-gate';
import { fileLockoutStore, lockoutFileBeside } from '../node/admin/lockout-file';
import { PinLockout } from '../node/admin/pin-lockout';
import { loadConfig, resolveConfigPath, type LoadedConfig } from '../node/config/config-file';
import type { LiveCollection } from '../node/live-collection/live-collection';
import { HeartbeatWatchdog } from '../node/recovery/heartbeat';
import { RecoveryJournal, RECOVERY_JOURNAL_FILE_NAME } from '../node/recovery/recovery-journal';
import { DEFAULT_START_GUARD, StartGuard, START_HISTORY_FILE_NAME } from '../node/recovery/start-guard';
import { APP_START_URL, OUT_OF_ORDER_URL } from '../node/security/navigation';
import { createRotatingLog, type KioskLogger } from '../node/storage/rotating-log';
import { resolveKioskPaths, type KioskPaths } from './paths';

/**
 * What the main-process features share: paths, the loaded config, the log, the recovery journal, the
 * admin gate, the start guard's verdict and the window. Built once in `index.ts` and handed to each
 * `setupX()`.
 */
export interface KioskContext {
  /** Unpackaged run without `KIOSK_ENV=production`: devtools allowed, network not cancelled. */
  dev: boolean;
  paths: KioskPaths;
  userData: string;
  loaded: LoadedConfig;
  log: KioskLogger;
  journal: RecoveryJournal;
  gate: AdminGate;
  heartbeat: HeartbeatWatchdog;
  startGuard: StartGuard;
  /**
   * This start found a relaunch loop: the window shows the out-of-order page instead of the app,
   * nothing relaunches by itself (but the hourly retry), and the collection is not compiled.
   */
  outOfOrder: boolean;
  /** The page the window shows and every reload returns to: the app, or the out-of-order page. */
  homeUrl: string;
  startedAt: Date;
  window: BrowserWindow | null;
  /** The live collection (null until it is set up, and out of order). */
  updater: LiveCollection | null;
  /** With a publisher configured: what this kiosk holds from it (for the status page). */
  publishStatus: (() => PublishStatusView) | null;
  /** The page's last visitor-insights brief (null until it reports one), for the fleet heartbeat. */
  insightsSummary: DailySummary[] | null;
  /** Set when an admin (or a relaunch) asked to close; the close guard lets the window go then. */
  exitRequested: boolean;
  /** Logs a recovery and records it for the status page. */
  recovery: (kind: string, detail: string) => void;
}

/**
 * Builds the context. `KIOSK_USER_DATA` moves the user-data folder (tests, several kiosks on one
 * development machine); it must be applied before `ready`, so this runs first thing in main. The
 * start is recorded here too, as early as possible, so that even a main process that dies during
 * start-up counts towards the relaunch-loop guard.
 */
export function createKioskContext(): KioskContext {
  if (process.env.KIOSK_USER_DATA) app.setPath('userData', path.resolve(process.env.KIOSK_USER_DATA));
  const userData = app.getPath('userData');
  const dev = !app.isPackaged && process.env.KIOSK_ENV !== 'production';
  const log = createRotatingLog({ dir: path.join(userData, 'logs'), echo: dev });
  const loaded = loadConfig(resolveConfigPath(process.argv, process.env, userData));
  for (const problem of loaded.problems) log.warn(`config ${problem.field}: ${problem.message}`, loaded.path);
  const journal = new RecoveryJournal(20, path.join(userData, RECOVERY_JOURNAL_FILE_NAME), log);
  const recovery = (kind: string, detail: string): void => {
    journal.add(kind, detail);
    log.warn(`recovery ${kind}: ${detail}`);
  };
  const startGuard = new StartGuard(path.join(userData, START_HISTORY_FILE_NAME), {}, log);
  const verdict = startGuard.recordStart(Date.now());
  // A developer restarting `npm start` again and again is no loop; KIOSK_ENV=production shows the page.
  if (verdict.outOfOrder && dev) {
    log.info('relaunch loop by the start count; a development run goes on', verdict);
    verdict.outOfOrder = false;
  }
  if (verdict.outOfOrder) {
    const minutes = DEFAULT_START_GUARD.windowMs / 60_000;
    recovery(
      'out-of-order',
      `${verdict.recentStarts} starts within ${minutes} min: showing the out-of-order page, no more relaunches`,
    );
  }
  return {
    dev,
    paths: resolveKioskPaths(app.isPackaged),
    userData,
    loaded,
    log,
    journal,
    gate: new AdminGate({
      pinHash: () => loaded.config.adminPinHash,
      // Beside the config, so a relaunch (or the web host on the same config) keeps the count.
      lockout: new PinLockout({}, fileLockoutStore(lockoutFileBeside(loaded.path), log)),
    }),
    heartbeat: new HeartbeatWatchdog(),
    startGuard,
    outOfOrder: verdict.outOfOrder,
    homeUrl: verdict.outOfOrder ? OUT_OF_ORDER_URL : APP_START_URL,
    startedAt: new Date(),
    window: null,
    updater: null,
    publishStatus: null,
    insightsSummary: null,
    exitRequested: false,
    recovery,
  };
}
