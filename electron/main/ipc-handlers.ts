import { app } from 'electron';
import { pageSettings } from '../node/config/page-settings';
import type { AdminActionResult } from '../shared/kiosk-status';
import { chooseExportFolder, insightsSaver, type ChooseFolder } from './admin/insights-export';
import { gatherStatus } from './admin/status';
import type { KioskContext } from './context';
import type { ChannelHandlers } from './ipc';
import { restartNow } from './recovery/relaunch';

/**
 * What each bridge call does. Admin actions run only inside an unlocked admin session; the PIN is
 * checked in main and neither it nor its hash is ever sent to the page.
 */
export function createIpcHandlers(
  context: KioskContext,
  now: () => number = Date.now,
  chooseFolder: ChooseFolder = chooseExportFolder,
): ChannelHandlers {
  const admin = (action: string, run: () => void | Promise<void>) => async (): Promise<AdminActionResult> => {
    if (!context.gate.authorize(now())) return { ok: false, reason: 'locked' };
    context.log.info(`admin ${action}`);
    try {
      await run();
      return { ok: true };
    } catch (error) {
      context.log.error(`admin ${action} failed`, error);
      return { ok: false, reason: 'failed' };
    }
  };

  return {
    'kiosk:version': () => app.getVersion(),
    'kiosk:settings': () => pageSettings(context.loaded.config),
    'heartbeat:ping': () => {
      context.heartbeat.ping(now());
      return true;
    },
    'admin:unlock': async ({ pin }) => {
      const result = await context.gate.unlock(pin, now());
      context.log.info(result.ok ? 'admin unlocked' : `admin unlock refused (${result.reason})`);
      return result;
    },
    'admin:lock': async () => {
      context.gate.lock();
      return { ok: true };
    },
    'admin:exit': admin('exit', () => {
      context.exitRequested = true;
      // Let the page receive its answer before the window goes.
      setImmediate(() => app.quit());
    }),
    'admin:reload': admin('reload', () => {
      context.heartbeat.reset(now());
      context.window?.webContents.loadURL(context.homeUrl).catch(() => undefined);
    }),
    'admin:restart': admin('restart', () => {
      // Let the page receive its answer before the app goes.
      setImmediate(() => restartNow(context));
    }),
    'admin:sync-now': admin('sync-now', async () => {
      // Answered once the build is live: its deep-zoom tiles may take an hour more.
      await context.updater?.requestLive('admin');
    }),
    'admin:status': () => (context.gate.authorize(now()) ? gatherStatus(context) : null),
    'insights:report': (days) => {
      // Only kept for the next fleet heartbeat; the records themselves stay in the page.
      context.insightsSummary = days;
      return true;
    },
    'admin:insights-save': insightsSaver(context, now, chooseFolder),
  };
}
