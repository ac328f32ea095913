import type { Page } from '@playwright/test';
import type { AdminStatus, CollectionProblemView } from '../../electron/shared/kiosk-status';

/** The PIN the stand-in accepts. */
export const STAND_IN_PIN = '2468';

/**
 * A stand-in for the parts of Electron's preload bridge the admin screen uses, installed before the
 * page loads: `#/admin` then opens on the PIN pad, as in the kiosk, and {@link STAND_IN_PIN}
 * unlocks the status page showing `status`. Its settings are null (a kiosk config without any), so
 * the idle timings stay the page's own (URL or defaults).
 */
export async function installAdminStandIn(page: Page, status: AdminStatus): Promise<void> {
  await page.addInitScript(
    ({ adminStatus, pin }) => {
      let unlocked = false;
      const ok = async () => ({ ok: unlocked });
      Object.assign(window, {
        kiosk: {
          settings: async () => null,
          heartbeat: async () => true,
          onCollectionProgress: () => () => undefined,
          onCollectionUpdated: () => () => undefined,
          admin: {
            unlock: async (entered: string) => {
              unlocked = entered === pin;
              return unlocked ? { ok: true } : { ok: false, reason: 'wrong-pin' };
            },
            lock: async () => {
              unlocked = false;
              return { ok: true };
            },
            exit: ok,
            reload: ok,
            syncNow: ok,
            status: async () => (unlocked ? adminStatus : null),
          },
        },
      });
    },
    { adminStatus: status, pin: STAND_IN_PIN },
  );
}

/** A plausible status: the served collection live, one rejected update with the given problems. */
export function standInStatus(
  version: string,
  builtAt: string,
  errors: CollectionProblemView[],
): AdminStatus {
  return {
    versions: { app: '0.1.0', electron: '45.5.0', chrome: '140.0.0.0', node: '22.20.0' },
    startedAt: '2026-11-28T00:00:00.000Z',
    uptimeSec: 3_725,
    memoryMB: 310,
    collection: {
      sourceDir: '/media/usb/koleksi',
      sourceMissing: false,
      building: false,
      lastGood: { at: builtAt, version, warnings: 0 },
      lastFailure: { at: '2026-11-28T02:00:00.000Z', errors, errorCount: errors.length },
    },
    config: { path: '/etc/kiosk.json', exists: true, problems: [] },
    recoveries: [],
  };
}
