import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createKioskContext } from '../../../../../electron/main/context';
import { createIpcHandlers } from '../../../../../electron/main/ipc-handlers';
import { setupCrashRecovery } from '../../../../../electron/main/recovery/crash-backoff';
import {
  OUT_OF_ORDER_RETRY_MS,
  setupOutOfOrderRetry,
} from '../../../../../electron/main/recovery/out-of-order';
import { relaunchForRecovery } from '../../../../../electron/main/recovery/relaunch';
import { clearLockoutFile } from '../../../../../electron/node/admin/lockout-file';
import { hashPin } from '../../../../../electron/node/admin/pin';
import { APP_START_URL, OUT_OF_ORDER_URL } from '../../../../../electron/node/security/navigation';
import { app, BrowserWindow, resetElectronMock } from '../../../../mocks/electron';

// createKioskContext is what main runs first at every start; each call below is one start.
let userData = '';
beforeEach(() => {
  resetElectronMock();
  // The stub is an unpackaged app: without this it would count as a development run.
  process.env.KIOSK_ENV = 'production';
  delete process.env.KIOSK_SUPERVISED;
  userData = mkdtempSync(path.join(tmpdir(), 'kiosk-ooo-'));
  app.getPath.mockImplementation(() => userData);
  // As `npm run kiosk-config -- set-pin` leaves it.
  clearLockoutFile(path.join(userData, 'admin-lockout.json'));
});
afterEach(() => {
  delete process.env.KIOSK_ENV;
  vi.useRealTimers();
  rmSync(userData, { recursive: true, force: true });
});

function startTimes(count: number) {
  let context = createKioskContext();
  for (let i = 1; i < count; i += 1) context = createKioskContext();
  return context;
}

describe('relaunch-loop guard in main', () => {
  it('runs the app normally for the first four starts in a row', () => {
    const context = startTimes(4);
    expect(context.outOfOrder).toBe(false);
    expect(context.homeUrl).toBe(APP_START_URL);
    expect(existsSync(path.join(userData, 'start-history.json'))).toBe(true);
  });

  it('shows the out-of-order page from the fifth start on, and says why on the status page', () => {
    const context = startTimes(5);
    expect(context.outOfOrder).toBe(true);
    expect(context.homeUrl).toBe(OUT_OF_ORDER_URL);
    expect(context.journal.list()[0]).toMatchObject({
      kind: 'out-of-order',
      detail: expect.stringMatching(/^5 starts within 15 min/),
    });
    // The journal is on disk, so the earlier runs' recoveries are there for the technician too.
    expect(readFileSync(path.join(userData, 'recovery-journal.json'), 'utf8')).toContain('out-of-order');
  });

  it('lets a development run go on (KIOSK_ENV=production shows the page)', () => {
    const production = process.env.KIOSK_ENV;
    delete process.env.KIOSK_ENV;
    try {
      expect(startTimes(6).outOfOrder).toBe(false);
    } finally {
      process.env.KIOSK_ENV = production;
    }
  });

  it('relaunches nothing while out of order, under a supervisor or not', () => {
    for (const supervised of [false, true]) {
      if (supervised) process.env.KIOSK_SUPERVISED = '1';
      const context = startTimes(5);
      expect(relaunchForRecovery(context, 'memory-relaunch', '4000 MB used')).toBe(false);
    }
    expect(app.relaunch).not.toHaveBeenCalled();
    expect(app.exit).not.toHaveBeenCalled();
  });

  it('reloads a crashing out-of-order page instead of relaunching the app', () => {
    vi.useFakeTimers();
    const context = startTimes(5);
    const window = new BrowserWindow({ kiosk: true });
    const stop = setupCrashRecovery(window as never, context);
    for (let i = 0; i < 6; i += 1)
      window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(app.relaunch).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(window.webContents.loadURL).toHaveBeenCalledWith(OUT_OF_ORDER_URL);
    expect(window.webContents.loadURL).not.toHaveBeenCalledWith(APP_START_URL);
    stop();
  });

  it('tries one fresh start by itself after an hour', () => {
    vi.useFakeTimers();
    const context = startTimes(5);
    setupOutOfOrderRetry(context);
    vi.advanceTimersByTime(OUT_OF_ORDER_RETRY_MS - 1);
    expect(app.relaunch).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(app.relaunch).toHaveBeenCalledTimes(1);
    expect(context.journal.list()[0].kind).toBe('out-of-order-retry');
  });

  it('comes back to normal with the admin "restart now", which clears the start history', async () => {
    const context = startTimes(5);
    context.loaded.config.adminPinHash = await hashPin('2580', { N: 1024, r: 8, p: 1 });
    const handlers = createIpcHandlers(context);
    expect(await handlers['admin:restart'](undefined, {} as never)).toEqual({ ok: false, reason: 'locked' });
    expect(await handlers['admin:unlock']({ pin: '2580' }, {} as never)).toEqual({ ok: true });
    expect(await handlers['admin:restart'](undefined, {} as never)).toEqual({ ok: true });
    await new Promise((resolve) => setImmediate(resolve));
    expect(app.relaunch).toHaveBeenCalledTimes(1);
    expect(context.exitRequested).toBe(true);
    // The relaunched kiosk starts normally.
    const next = createKioskContext();
    expect(next.outOfOrder).toBe(false);
    expect(next.journal.list().map((event) => event.kind)).toContain('admin-restart');
  });
});
