// Brings in the `window.kiosk` type, derived from the preload source.
import type {} from '../../electron/shared/kiosk-api';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  expect,
  launchKiosk,
  prepareUserData,
  target,
  test,
  TEST_PIN,
  waitForGrid,
  windowState,
} from './kiosk-fixtures';

// Where no Electron binary exists every test is reported as skipped, with this reason.
test.skip(!target.ok, target.ok ? '' : target.reason);

test.describe.serial('Electron kiosk', () => {
  test('opens one full-screen kiosk window with devtools closed, and shows the grid', async ({
    kiosk,
    page,
  }) => {
    await waitForGrid(page);
    const state = await windowState(kiosk);
    expect(state).toMatchObject({
      count: 1,
      kiosk: true,
      fullScreen: true,
      visible: true,
      devToolsOpen: false,
      crashed: false,
    });
    expect(state.url.startsWith('kiosk://app/')).toBe(true);
  });

  test('the page has no Node and only the narrow bridge', async ({ page }) => {
    const shape = await page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      bridge: Object.keys(window.kiosk ?? {}).sort(),
      admin: Object.keys(window.kiosk?.admin ?? {}).sort(),
    }));
    expect(shape).toEqual({
      require: 'undefined',
      process: 'undefined',
      bridge: [
        'admin',
        'heartbeat',
        'insights',
        'onCollectionProgress',
        'onCollectionUpdated',
        'settings',
        'version',
      ],
      admin: ['exit', 'lock', 'reload', 'restart', 'saveInsights', 'status', 'syncNow', 'unlock'],
    });
    expect(await page.evaluate(() => window.kiosk!.version())).toMatch(/^\d+\.\d+\.\d+/);
  });

  test('blocked keys do nothing, ordinary keys reach the page', async ({ kiosk, page }) => {
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seenKeys: string[] }).seenKeys = seen;
      (window as unknown as { marker: number }).marker = 42;
      window.addEventListener('keydown', (event) => seen.push(event.key), true);
    });
    for (const key of [
      'F5',
      'Control+r',
      'Control+Shift+R',
      'F12',
      'Control+Shift+I',
      'Control+Equal',
      'Control+Minus',
      'Control+p',
      'Control+w',
      'Alt+F4',
      'F11',
    ]) {
      await page.keyboard.press(key);
    }
    await page.keyboard.press('a');
    await page.keyboard.press('Enter');
    const after = await page.evaluate(() => ({
      marker: (window as unknown as { marker?: number }).marker,
      seen: (window as unknown as { seenKeys: string[] }).seenKeys,
    }));
    expect(after.marker).toBe(42); // no reload
    expect(after.seen).toEqual(['a', 'Enter']);
    expect(await windowState(kiosk)).toMatchObject({
      count: 1,
      devToolsOpen: false,
      zoom: 1,
      fullScreen: true,
    });
  });

  test('window.open, off-origin navigation and network requests fail', async ({ kiosk, page }) => {
    const opened = await page.evaluate(() => window.open('https://example.org/') === null);
    expect(opened).toBe(true);
    for (const url of ['file:///etc/passwd', 'https://example.org/', 'kiosk://evil/', 'kiosk://app.evil/']) {
      await page.evaluate((href) => {
        window.location.href = href;
      }, url);
    }
    await expect.poll(async () => (await windowState(kiosk)).url).toMatch(/^kiosk:\/\/app\//);
    expect((await windowState(kiosk)).count).toBe(1);
    const fetched = await page.evaluate(() =>
      fetch('https://example.org/').then(
        () => 'reached',
        () => 'blocked',
      ),
    );
    expect(fetched).toBe('blocked');
  });

  test('closing the window is refused', async ({ kiosk }) => {
    await kiosk.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].close());
    expect((await windowState(kiosk)).count).toBe(1);
  });

  test('admin: the right PIN unlocks the status page; wrong ones lock the pad', async ({ page }) => {
    expect(await page.evaluate(() => window.kiosk!.admin.status())).toBeNull();
    expect(await page.evaluate((pin) => window.kiosk!.admin.unlock(pin), TEST_PIN)).toEqual({ ok: true });
    const status = await page.evaluate(() => window.kiosk!.admin.status());
    expect(status?.versions.electron).toMatch(/^45\./);
    expect(JSON.stringify(status)).not.toContain('scrypt');
    await page.evaluate(() => window.kiosk!.admin.lock());

    const results = [];
    for (let i = 0; i < 5; i += 1)
      results.push(await page.evaluate(() => window.kiosk!.admin.unlock('0000')));
    expect(results.slice(0, 4).every((r) => r.reason === 'wrong-pin')).toBe(true);
    expect(results[4]).toMatchObject({ ok: false, reason: 'locked' });
    expect(await page.evaluate((pin) => window.kiosk!.admin.unlock(pin), TEST_PIN)).toMatchObject({
      ok: false,
      reason: 'locked',
    });
    expect(await page.evaluate(() => window.kiosk!.admin.exit())).toEqual({ ok: false, reason: 'locked' });
  });

  test('screen capture and USB/HID/serial devices are refused', async ({ page }) => {
    const outcome = await page.evaluate(async () => ({
      display: await navigator.mediaDevices.getDisplayMedia({ video: true }).then(
        () => 'granted',
        (error: Error) => error.name,
      ),
      usb: await (navigator as unknown as { usb?: { getDevices(): Promise<unknown[]> } }).usb
        ?.getDevices()
        .then((devices) => devices.length),
    }));
    expect(outcome.display).not.toBe('granted');
    expect(outcome.usb ?? 0).toBe(0);
  });

  test('a page that fails to load is replaced by the placeholder, then the app comes back', async ({
    kiosk,
  }) => {
    // A missing page of our own origin: the handler answers 404, which counts as a failed load.
    await kiosk.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]
        .webContents.loadURL('kiosk://app/missing.html')
        .catch(() => undefined),
    );
    // Back on the app (which then sets its own #/route).
    await expect
      .poll(async () => (await windowState(kiosk)).url, { timeout: 30_000 })
      .toMatch(/^kiosk:\/\/app\/(#.*)?$/);
    expect(await windowState(kiosk)).toMatchObject({ count: 1, crashed: false });
  });

  test('a crashed renderer is reloaded', async ({ kiosk }) => {
    await kiosk.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0].webContents.forcefullyCrashRenderer(),
    );
    // Checked from main: Playwright's Page object for a crashed target is not guaranteed to come back.
    await expect
      .poll(
        () =>
          kiosk.evaluate(async ({ BrowserWindow }) => {
            const contents = BrowserWindow.getAllWindows()[0].webContents;
            if (contents.isCrashed() || contents.isLoading()) return -1;
            return contents.executeJavaScript(
              `document.querySelector('[aria-label="Koleksi batik"]')?.querySelectorAll('li, [role=listitem]').length ?? 0`,
            ) as Promise<number>;
          }),
        { timeout: 120_000 },
      )
      .toBeGreaterThan(0);
    expect(await windowState(kiosk)).toMatchObject({ count: 1, crashed: false, fullScreen: true });
  });
});

test('admin exit with the right PIN quits the kiosk', async () => {
  const app = await launchKiosk();
  try {
    const page = await app.firstWindow();
    await page.waitForFunction(() => window.kiosk !== undefined);
    expect(await page.evaluate((pin) => window.kiosk!.admin.unlock(pin), TEST_PIN)).toEqual({ ok: true });
    const closed = new Promise<void>((resolve) => app.once('close', () => resolve()));
    await page.evaluate(() => window.kiosk!.admin.exit()).catch(() => undefined);
    await closed;
  } finally {
    await app.close().catch(() => undefined);
  }
});

test('the PIN lockout survives a relaunch', async () => {
  const userData = await prepareUserData();
  const first = await launchKiosk({ userData });
  try {
    const page = await first.firstWindow();
    await page.waitForFunction(() => window.kiosk !== undefined);
    for (let i = 0; i < 5; i += 1) await page.evaluate(() => window.kiosk!.admin.unlock('0000'));
  } finally {
    await first.close().catch(() => undefined);
  }
  const second = await launchKiosk({ userData });
  try {
    const page = await second.firstWindow();
    await page.waitForFunction(() => window.kiosk !== undefined);
    expect(await page.evaluate((pin) => window.kiosk!.admin.unlock(pin), TEST_PIN)).toMatchObject({
      ok: false,
      reason: 'locked',
    });
  } finally {
    await second.close().catch(() => undefined);
  }
});

test('a relaunch loop shows the out-of-order page; "restart now" clears the count', async () => {
  const userData = await prepareUserData();
  const now = Date.now();
  const history = path.join(userData, 'start-history.json');
  writeFileSync(history, JSON.stringify({ starts: [4, 3, 2, 1].map((minutes) => now - minutes * 60_000) }));
  // Supervised: "restart now" exits with 75 for the supervisor instead of spawning a kiosk of its own.
  const app = await launchKiosk({ userData, env: { KIOSK_SUPERVISED: '1' } });
  try {
    const page = await app.firstWindow();
    await expect.poll(async () => (await windowState(app)).url).toBe('kiosk://app/out-of-order.html');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/kios ini sedang tidak dapat digunakan/);
    expect(await page.evaluate((pin) => window.kiosk!.admin.unlock(pin), TEST_PIN)).toEqual({ ok: true });
    const status = await page.evaluate(() => window.kiosk!.admin.status());
    expect(status?.recoveries[0]).toMatchObject({ kind: 'out-of-order' });
    const closed = new Promise<void>((resolve) => app.once('close', () => resolve()));
    await page.evaluate(() => window.kiosk!.admin.restart()).catch(() => undefined);
    await closed;
    expect(JSON.parse(readFileSync(history, 'utf8'))).toEqual({ starts: [] });
  } finally {
    await app.close().catch(() => undefined);
  }
});
