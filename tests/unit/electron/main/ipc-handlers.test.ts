import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChooseFolder } from '../../../../electron/main/admin/insights-export';
import { createIpcHandlers } from '../../../../electron/main/ipc-handlers';
import { hashPin } from '../../../../electron/node/admin/pin';
import { app, resetElectronMock } from '../../../mocks/electron';
import { fakeContext } from './fake-context';

const event = {} as never;

async function setup(chooseFolder: ChooseFolder = async () => null) {
  const { context, window } = fakeContext();
  context.loaded.config.adminPinHash = await hashPin('2580', { N: 1024, r: 8, p: 1 });
  let now = 1_000_000;
  const handlers = createIpcHandlers(context, () => now, chooseFolder);
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
      insightsRawDays: 30,
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

  it('keeps the reported insights brief for the fleet heartbeat, without a session', async () => {
    const { context, handlers } = await setup();
    const days = [
      { day: '2026-05-01', sessions: 5, glances: 2, totalMs: 300_000, searches: 4, zeroResultSearches: 1 },
    ];
    expect(context.insightsSummary).toBeNull();
    expect(await handlers['insights:report'](days, event)).toBe(true);
    expect(context.insightsSummary).toEqual(days);
  });
});

describe('admin:insights-save (the export to a folder the technician picks)', () => {
  beforeEach(() => resetElectronMock());
  const files = [{ name: 'sessions.csv', bytes: new TextEncoder().encode('day,sessions\n') }];

  it('refuses without an admin session and never opens the folder picker', async () => {
    const chooseFolder = vi.fn<ChooseFolder>(async () => '/media/usb');
    const { handlers } = await setup(chooseFolder);
    expect(await handlers['admin:insights-save'](files, event)).toEqual({ ok: false, reason: 'locked' });
    expect(chooseFolder).not.toHaveBeenCalled();
  });

  it('asks on the kiosk window, and says cancelled when the technician closes the picker', async () => {
    const chooseFolder = vi.fn<ChooseFolder>(async () => null);
    const { context, handlers } = await setup(chooseFolder);
    await handlers['admin:unlock']({ pin: '2580' }, event);
    expect(await handlers['admin:insights-save'](files, event)).toEqual({ ok: false, reason: 'cancelled' });
    expect(chooseFolder).toHaveBeenCalledWith(context.window);
  });

  it('writes the export into a new folder in the chosen one and answers where', async () => {
    const usb = mkdtempSync(path.join(tmpdir(), 'kiosk-usb-'));
    try {
      const { context, handlers } = await setup(async () => usb);
      await handlers['admin:unlock']({ pin: '2580' }, event);
      const answer = await handlers['admin:insights-save'](files, event);
      expect(answer).toEqual({
        ok: true,
        where: expect.stringMatching(/kiosk-insights-\d{4}-\d\d-\d\d-\d{4}$/),
      });
      const where = (answer as { where: string }).where;
      expect(path.dirname(where)).toBe(usb);
      expect(readdirSync(where)).toEqual(['sessions.csv']);
      expect(readFileSync(path.join(where, 'sessions.csv'), 'utf8')).toBe('day,sessions\n');
      expect(context.log.info).toHaveBeenCalledWith('admin insights export', where);
    } finally {
      rmSync(usb, { recursive: true, force: true });
    }
  });

  it('answers failed with the reason when the folder cannot be written, or while another save runs', async () => {
    let pick: (folder: string | null) => void = () => undefined;
    const chooseFolder = vi.fn<ChooseFolder>(
      () =>
        new Promise((resolve) => {
          pick = resolve;
        }),
    );
    const { handlers } = await setup(chooseFolder);
    await handlers['admin:unlock']({ pin: '2580' }, event);
    const first = handlers['admin:insights-save'](files, event);
    await vi.waitFor(() => expect(chooseFolder).toHaveBeenCalledTimes(1));
    expect(await handlers['admin:insights-save'](files, event)).toMatchObject({
      ok: false,
      reason: 'failed',
    });
    pick('/nonexistent/usb-drive');
    expect(await first).toMatchObject({
      ok: false,
      reason: 'failed',
      detail: expect.stringMatching(/ENOENT/),
    });
    expect(chooseFolder).toHaveBeenCalledTimes(1);
  });
});
