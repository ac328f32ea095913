import { afterEach, describe, expect, it, vi } from 'vitest';
import { chooseHost, currentHost, forgetHost } from '../../../../renderer/host/choose-host';
import type { KioskApi } from '../../../../electron/shared/kiosk-api';
import { fakeBridge } from './fake-bridge';

afterEach(() => {
  forgetHost();
  vi.unstubAllGlobals();
});

describe('chooseHost', () => {
  it('is the web host in a plain browser, where there is no bridge', () => {
    expect(chooseHost(undefined).kind).toBe('web');
  });

  it("is Electron's host over a bridge with the admin functions, as the preload gives it", () => {
    const host = chooseHost(fakeBridge().kiosk);
    expect(host.kind).toBe('electron');
    expect(Object.keys(host.admin).sort()).toEqual([
      'exit',
      'lock',
      'reload',
      'restart',
      'status',
      'syncNow',
      'unlock',
    ]);
  });

  it('takes a partial stand-in without the admin functions for the web host', () => {
    const { kiosk } = fakeBridge();
    const { admin: _admin, ...partial } = kiosk;
    expect(chooseHost(partial as unknown as KioskApi).kind).toBe('web');
    expect(chooseHost({ ...kiosk, admin: {} } as unknown as KioskApi).kind).toBe('web');
    expect(kiosk.heartbeat).not.toHaveBeenCalled();
  });

  it('the web host has no heartbeat and no kiosk actions, only asking its publisher (when it has one)', () => {
    const host = chooseHost(undefined);
    expect('heartbeat' in host).toBe(false);
    expect(Object.keys(host.admin).sort()).toEqual(['lock', 'pullNow', 'status', 'unlock']);
  });
});

describe('currentHost', () => {
  it("chooses once, from the page's window.kiosk, and keeps the choice for the page's life", () => {
    vi.stubGlobal('window', { kiosk: fakeBridge().kiosk });
    const first = currentHost();
    expect(first.kind).toBe('electron');
    vi.stubGlobal('window', {});
    expect(currentHost()).toBe(first);
    forgetHost();
    expect(currentHost().kind).toBe('web');
  });
});
