import { _electron, test as base, type ElectronApplication, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { clearLockoutFile, lockoutFileBeside } from '../../electron/node/admin/lockout-file';
import { hashPin } from '../../electron/node/admin/pin';
import { launchTarget } from './electron-binary';

/** The admin PIN written into the test config. */
export const TEST_PIN = '2468';

export const target = launchTarget();

/** A fresh user-data folder with a config holding {@link TEST_PIN}, as `set-pin` leaves it. */
export async function prepareUserData(): Promise<string> {
  const userData = mkdtempSync(path.join(tmpdir(), 'kiosk-e2e-'));
  const config = path.join(userData, 'kiosk-config.json');
  writeFileSync(
    config,
    JSON.stringify({ adminPinHash: await hashPin(TEST_PIN), nightlyRelaunch: null, memoryLimitMB: null }),
  );
  // As `npm run kiosk-config -- set-pin` leaves it: without a lockout file the PIN pad starts locked.
  clearLockoutFile(lockoutFileBeside(config));
  return userData;
}

/**
 * Starts the kiosk with its own user-data folder (a fresh one unless `userData` is given, e.g. to
 * start the same kiosk again) and a config holding {@link TEST_PIN}.
 */
export async function launchKiosk(
  options: { userData?: string; env?: Record<string, string> } = {},
): Promise<ElectronApplication> {
  if (!target.ok) throw new Error(target.reason);
  const userData = options.userData ?? (await prepareUserData());
  return _electron.launch({
    executablePath: target.executablePath,
    args: target.args,
    env: {
      ...process.env,
      KIOSK_USER_DATA: userData,
      KIOSK_CONFIG: path.join(userData, 'kiosk-config.json'),
      // Production behaviour (devtools off, network cancelled) even when running unpackaged.
      KIOSK_ENV: 'production',
      ...options.env,
    },
  });
}

/** State of the kiosk window as main sees it. */
export function windowState(app: ElectronApplication) {
  return app.evaluate(({ BrowserWindow }) => {
    const windows = BrowserWindow.getAllWindows();
    const window = windows[0];
    return {
      count: windows.length,
      kiosk: window?.isKiosk() ?? false,
      fullScreen: window?.isFullScreen() ?? false,
      visible: window?.isVisible() ?? false,
      devToolsOpen: window?.webContents.isDevToolsOpened() ?? true,
      crashed: window?.webContents.isCrashed() ?? true,
      url: window?.webContents.getURL() ?? '',
      zoom: window?.webContents.getZoomFactor() ?? 0,
    };
  });
}

/** Waits until the grid of pieces is on screen. */
export async function waitForGrid(page: Page): Promise<void> {
  await page
    .getByRole('list', { name: 'Koleksi batik' })
    .getByRole('listitem')
    .first()
    .waitFor({ timeout: 280_000 });
}

/** One kiosk shared by the tests of a worker, the way the real one runs for weeks. */
export const test = base.extend<{ page: Page }, { kiosk: ElectronApplication }>({
  kiosk: [
    // Playwright reads a fixture's dependencies from this destructuring, so it must exist even if empty.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const app = await launchKiosk();
      await use(app);
      await app.evaluate(({ app: electronApp }) => electronApp.exit(0)).catch(() => undefined);
    },
    { scope: 'worker' },
  ],
  page: async ({ kiosk }, use) => {
    await use(await kiosk.firstWindow());
  },
});

export { expect } from '@playwright/test';
