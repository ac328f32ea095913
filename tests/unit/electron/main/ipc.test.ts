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
    })),
    'heartbeat:ping': vi.fn(() => true as const),
    'admin:unlock': vi.fn(async () => ({ ok: true })),
    'admin:lock': vi.fn(async () => ok),
    'admin:exit': vi.fn(async () => ok),
    'admin:reload': vi.fn(async () => ok),
    'admin:restart': vi.fn(async () => ok),
    'admin:sync-now': vi.fn(async () => ok),
    'admin:status': vi.fn(() => null),
  };
}

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

  it('isTrustedSender needs a top frame on exactly kiosk://app', () => {
    expect(isTrustedSender(top('kiosk://app/'))).toBe(true);
    expect(isTrustedSender(top('kiosk://app:1/'))).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});
