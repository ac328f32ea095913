import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetKioskSettings, kioskSettings } from '../../../renderer/app/kiosk-settings';
import type { KioskSettings } from '../../../electron/shared/kiosk-api';

const settings: KioskSettings = {
  languages: ['en', 'id'],
  defaultLanguage: 'en',
  idleTimeoutSec: 120,
  idleCountdownSec: 20,
  publicBaseUrl: null,
};

afterEach(() => {
  forgetKioskSettings();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('kioskSettings', () => {
  it('is null in a plain browser, where no bridge gives settings', async () => {
    vi.stubGlobal('window', {});
    await expect(kioskSettings()).resolves.toBeNull();
    vi.stubGlobal('window', { kiosk: { heartbeat: async () => true } });
    forgetKioskSettings();
    await expect(kioskSettings()).resolves.toBeNull();
  });

  it("asks Electron's main once per page load", async () => {
    const ask = vi.fn(async () => settings);
    vi.stubGlobal('window', { kiosk: { settings: ask } });
    await expect(kioskSettings()).resolves.toEqual(settings);
    await expect(kioskSettings()).resolves.toEqual(settings);
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('is null, with a warning, when main cannot answer: the kiosk runs on defaults', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.stubGlobal('window', { kiosk: { settings: async () => Promise.reject(new Error('no handler')) } });
    await expect(kioskSettings()).resolves.toBeNull();
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('kiosk settings unavailable'),
      expect.any(Error),
    );
  });

  it("in a browser, takes the web host's settings (npm run web -- --config)", async () => {
    const fetched: string[] = [];
    vi.stubGlobal('window', {});
    vi.stubGlobal('document', { baseURI: 'http://127.0.0.1:5180/#/home' });
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: URL) => {
        fetched.push(url.href);
        return new Response(JSON.stringify(settings), {
          headers: { 'Content-Type': 'application/json; charset=utf-8' },
        });
      }),
    );
    await expect(kioskSettings()).resolves.toEqual(settings);
    expect(fetched).toEqual(['http://127.0.0.1:5180/api/settings']);
  });

  it('is null in a browser whose server has no settings: an app shell, a 404 or a wrong shape', async () => {
    vi.stubGlobal('window', {});
    vi.stubGlobal('document', { baseURI: 'http://127.0.0.1:5180/' });
    for (const response of [
      new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html' } }),
      new Response('{"error":"not found"}', { status: 404, headers: { 'Content-Type': 'application/json' } }),
      new Response('{"idleTimeoutSec":"soon"}', { headers: { 'Content-Type': 'application/json' } }),
    ]) {
      forgetKioskSettings();
      vi.stubGlobal(
        'fetch',
        vi.fn(async () => response),
      );
      await expect(kioskSettings()).resolves.toBeNull();
    }
  });
});
