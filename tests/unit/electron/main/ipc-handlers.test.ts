import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createIpcHandlers } from '../../../../electron/main/ipc-handlers';
import { hashPin } from '../../../../electron/node/admin/pin';
import { app, resetElectronMock } from '../../../mocks/electron';
import { fakeContext } from './fake-context';

const event = {} as never;

async function setup() {
  const { context, window } = fakeContext();
  context.loaded.config.adminPinHash = await hashPin('2580', { N: 1024, r: 8, p: 1 });
  let now = 1_000_000;
  const handlers = createIpcHandlers(context, () => now);
  return { context, window, handlers, advance: (ms: number) => (now += ms) };
}

describe('bridge handlers', () => {
  beforeEach(() => resetElectronMock());

  it('gives the page its settings but never the PIN hash', async () => {
    const { handlers } = await setup();
    const settings = await handlers['kiosk:settings'](undefined, event);
    expect(settings).toEqual({
      languages: null,
      defaultLanguage: null,
      idleTimeoutSec: 90,
      idleCountdownSec: 30,
      publicBaseUrl: null,
    });
    expect(JSON.stringify(settings)).not.toContain('scrypt');
  });

  it('refuses every admin action before an unlock', async () => {
    const { context, handlers, window } = await setup();
    expect(await handlers['admin:status'](undefined, event)).toBeNull();
    expect(await handlers['admin:exit'](undefined, event)).toEqual({ ok: false, reason: 'locked' });
    expect(await handlers['admin:reload'](undefined, event)).toEqual({ ok: false, reason: 'locked' });
    expect(context.exitRequested).toBe(false);
    expect(window.webContents.loadURL).not.toHaveBeenCalled();
  });

  it('unlocks with the right PIN, shows status without secrets, and exits', async () => {
    vi.useFakeTimers();
    try {
      const { context, handlers } = await setup();
      expect(await handlers['admin:unlock']({ pin: '1111' }, event)).toEqual({
        ok: false,
        reason: 'wrong-pin',
      });
      expect(await handlers['admin:unlock']({ pin: '2580' }, event)).toEqual({ ok: true });
      const status = await handlers['admin:status'](undefined, event);
      expect(status?.versions.app).toBe('0.0.0-test');
      expect(JSON.stringify(status)).not.toContain('scrypt');
      expect(await handlers['admin:exit'](undefined, event)).toEqual({ ok: true });
      expect(context.exitRequested).toBe(true);
      vi.runAllTimers();
      expect(app.quit).toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('locks out after five wrong PINs', async () => {
    const { handlers } = await setup();
    for (let i = 0; i < 4; i += 1) await handlers['admin:unlock']({ pin: '0000' }, event);
    const fifth = await handlers['admin:unlock']({ pin: '0000' }, event);
    expect(fifth).toMatchObject({ ok: false, reason: 'locked', lockedUntil: expect.any(Number) });
    expect(await handlers['admin:unlock']({ pin: '2580' }, event)).toMatchObject({
      ok: false,
      reason: 'locked',
    });
  });

  it('admin session ends on lock and on expiry', async () => {
    const { handlers, advance } = await setup();
    await handlers['admin:unlock']({ pin: '2580' }, event);
    await handlers['admin:lock'](undefined, event);
    expect(await handlers['admin:status'](undefined, event)).toBeNull();
    await handlers['admin:unlock']({ pin: '2580' }, event);
    advance(6 * 60_000);
    expect(await handlers['admin:status'](undefined, event)).toBeNull();
  });

  it('reload goes back to the start page; heartbeat pings reach the watchdog', async () => {
    const { context, handlers, window } = await setup();
    await handlers['admin:unlock']({ pin: '2580' }, event);
    expect(await handlers['admin:reload'](undefined, event)).toEqual({ ok: true });
    expect(window.webContents.loadURL).toHaveBeenCalledWith('kiosk://app/');
    expect(context.heartbeat.check(0)).toBe('waiting-for-first-ping');
    expect(await handlers['heartbeat:ping'](undefined, event)).toBe(true);
    expect(context.heartbeat.check(1_000_000)).toBe('ok');
  });

  it('sync-now asks the collection updater for a build and answers once it is live', async () => {
    const { context, handlers } = await setup();
    const requestLive = vi.fn(async () => undefined);
    context.updater = { requestLive } as never;
    await handlers['admin:unlock']({ pin: '2580' }, event);
    expect(await handlers['admin:sync-now'](undefined, event)).toEqual({ ok: true });
    expect(requestLive).toHaveBeenCalledWith('admin');
  });
});
