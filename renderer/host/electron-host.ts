import type { KioskApi } from '../../electron/shared/kiosk-api';
import type { ElectronHost } from './host';

/**
 * The host over Electron's preload bridge (`window.kiosk`, typed from the preload's source): main
 * answers settings and status, checks the PIN and runs the kiosk actions. The bridge is read at
 * each call, never copied, so it stays the one source.
 */
export function electronHost(kiosk: KioskApi): ElectronHost {
  return {
    kind: 'electron',
    settings: () => kiosk.settings(),
    heartbeat: async () => {
      await kiosk.heartbeat();
    },
    onCollectionUpdated: (callback) => kiosk.onCollectionUpdated(callback),
    onCollectionProgress: (callback) => kiosk.onCollectionProgress(callback),
    insights: {
      report: async (days) => {
        await kiosk.insights.report(days);
      },
      save: async (files) => {
        try {
          return await kiosk.admin.saveInsights(files);
        } catch (error) {
          // Main refused the payload (a name or size it does not take) or is gone: the screen says
          // the export failed rather than meeting an unhandled error.
          return {
            ok: false,
            reason: 'failed',
            detail: error instanceof Error ? error.message : String(error),
          };
        }
      },
    },
    admin: {
      unlock: (pin) => kiosk.admin.unlock(pin),
      lock: async () => {
        await kiosk.admin.lock();
      },
      status: async () => {
        // Main answers null without a session. A call that failed counts as a session that ended
        // too: the PIN pad comes back rather than a status page that can't be filled.
        const status = await kiosk.admin.status().catch(() => null);
        return status === null ? { kind: 'pin-required' } : { kind: 'status', status };
      },
      exit: () => kiosk.admin.exit(),
      reload: () => kiosk.admin.reload(),
      restart: () => kiosk.admin.restart(),
      syncNow: () => kiosk.admin.syncNow(),
    },
  };
}
