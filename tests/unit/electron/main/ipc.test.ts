import { beforeEach, describe, expect, it, vi } from 'vitest';
import { isTrustedSender, setupIpc, type ChannelHandlers } from '../../../../electron/main/ipc';
import { INVOKE_CHANNELS } from '../../../../electron/shared/ipc';
import { ipcMain, resetElectronMock } from '../../../mocks/electron';
import { fakeLog } from './fake-context';

const top = (url: string) => ({ url, parent: null });

function handlers(): ChannelHandlers {
  const ok = { ok: true };
  return {
    'kiosk:version': vi.fn(() => '1.2.3'),
    'kiosk:settings': vi.fn(() => ({
      languages: ['id'],
      defaultLanguage: 'id',
      idleTimeoutSec: 90,
      idleCountdownSec: 30,
      publicBaseUrl: null,
      insightsRawDays: 30,
    })),
    'heartbeat:ping': vi.fn(() => true as const),
    'admin:unlock': vi.fn(async () => ({ ok: true })),
    'admin:lock': vi.fn(async () => ok),
    'admin:exit': vi.fn(async () => ok),
    'admin:reload': vi.fn(async () => ok),
    'admin:restart': vi.fn(async () => ok),
    'admin:sync-now': vi.fn(async () => ok),
    'admin:status': vi.fn(() => null),
    'insights:report': vi.fn(() => true as const),
    'admin:insights-save': vi.fn(async () => ({ ok: true as const, where: '/media/usb/x' })),
  };
}

const DAY = {
  day: '2026-05-01',
  sessions: 3,
  glances: 1,
  totalMs: 90_000,
  searches: 2,
  zeroResultSearches: 0,
};

describe('IPC handle() wrapper', () => {
  beforeEach(() => resetElectronMock());

  it('registers every channel of the contract', () => {
    setupIpc(handlers(), fakeLog());
    expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
  });

  it('answers the top frame of kiosk://app', async () => {
    const h = handlers();
    setupIpc(h, fakeLog());
    expect(await ipcMain.invoke('kiosk:version', top('kiosk://app/'))).toBe('1.2.3');
    expect(await ipcMain.invoke('admin:unlock', top('kiosk://app/admin'), { pin: '1234' })).toEqual({
      ok: true,
    });
    expect(h['admin:unlock']).toHaveBeenCalledWith({ pin: '1234' }, expect.anything());
  });

  it.each([
    ['a foreign origin', top('https://example.org/')],
    ['a look-alike host', top('kiosk://app.evil/')],
    ['user info trick', top('kiosk://app@evil/')],
    ['a file page', top('file:///tmp/x.html')],
    ['a sub-frame of our own page', { url: 'kiosk://app/frame', parent: top('kiosk://app/') }],
    ['no frame at all', null],
  ])('refuses %s without calling the handler', async (_name, frame) => {
    const h = handlers();
    const log = fakeLog();
    setupIpc(h, log);
    await expect(ipcMain.invoke('admin:exit', frame)).rejects.toThrow(/Refused/);
    expect(h['admin:exit']).not.toHaveBeenCalled();
    expect(log.warn).toHaveBeenCalled();
  });

  it.each([
    ['no payload', []],
    ['a number', [1234]],
    ['letters', [{ pin: 'abcd' }]],
    ['too long', [{ pin: '1'.repeat(13) }]],
    ['an extra field', [{ pin: '1234', admin: true }]],
    ['an extra argument', [{ pin: '1234' }, 'more']],
  ])('refuses admin:unlock with %s', async (_name, args) => {
    const h = handlers();
    setupIpc(h, fakeLog());
    await expect(ipcMain.invoke('admin:unlock', top('kiosk://app/'), ...args)).rejects.toThrow(
      /invalid payload/,
    );
    expect(h['admin:unlock']).not.toHaveBeenCalled();
  });

  it('refuses a payload on a channel that takes none', async () => {
    setupIpc(handlers(), fakeLog());
    await expect(ipcMain.invoke('admin:exit', top('kiosk://app/'), { force: true })).rejects.toThrow(
      /invalid payload/,
    );
  });

  it('passes a checked insights brief on, and refuses one of the wrong shape or length', async () => {
    const h = handlers();
    setupIpc(h, fakeLog());
    const page = top('kiosk://app/');
    expect(await ipcMain.invoke('insights:report', page, [DAY])).toBe(true);
    expect(h['insights:report']).toHaveBeenCalledWith([DAY], expect.anything());
    for (const bad of [
      [{ ...DAY, sessions: -1 }],
      [{ ...DAY, day: '1 May' }],
      Array.from({ length: 15 }, () => DAY),
      { days: [DAY] },
      undefined,
    ]) {
      await expect(ipcMain.invoke('insights:report', page, bad)).rejects.toThrow(/invalid payload/);
    }
    expect(h['insights:report']).toHaveBeenCalledTimes(1);
    // A field this version does not know is dropped, never passed on.
    expect(await ipcMain.invoke('insights:report', page, [{ ...DAY, visitor: 'Ani' }])).toBe(true);
    expect(h['insights:report']).toHaveBeenLastCalledWith([DAY], expect.anything());
  });

  it('takes an export of plain names and bytes, and refuses paths, strings and too many files', async () => {
    const h = handlers();
    setupIpc(h, fakeLog());
    const page = top('kiosk://app/');
    const file = (name: string) => ({ name, bytes: new Uint8Array([1, 2, 3]) });
    expect(await ipcMain.invoke('admin:insights-save', page, [file('sessions.csv')])).toMatchObject({
      ok: true,
    });
    for (const bad of [
      [file('../sessions.csv')],
      [file('sub/sessions.csv')],
      [file('C:\\sessions.csv')],
      [{ name: 'sessions.csv', bytes: 'a,b\n' }],
      Array.from({ length: 11 }, (_, i) => file(`f${i}.csv`)),
      [],
    ]) {
      await expect(ipcMain.invoke('admin:insights-save', page, bad)).rejects.toThrow(/invalid payload/);
    }
    expect(h['admin:insights-save']).toHaveBeenCalledTimes(1);
  });

  it('isTrustedSender needs a top frame on exactly kiosk://app', () => {
    expect(isTrustedSender(top('kiosk://app/'))).toBe(true);
    expect(isTrustedSender(top('kiosk://app:1/'))).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});
