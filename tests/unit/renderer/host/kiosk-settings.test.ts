import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetHost } from '../../../../renderer/host/choose-host';
import { forgetKioskSettings, kioskSettings } from '../../../../renderer/host/kiosk-settings';
import { SETTINGS, fakeBridge } from './fake-bridge';

const settings = SETTINGS;

/** A new page load: the host is chosen again and the settings asked again. */
function reload() {
  forgetHost();
  forgetKioskSettings();
}

afterEach(() => {
  reload();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('kioskSettings', () => {
  it('is null in a plain browser, where no bridge gives settings', async () => {
    vi.stubGlobal('window', {});
    await expect(kioskSettings()).resolves.toBeNull();
    // A partial stand-in (no admin functions) counts as a browser: its settings are not asked.
    const { kiosk } = fakeBridge();
    vi.stubGlobal('window', { kiosk: { heartbeat: kiosk.heartbeat, settings: kiosk.settings } });
    reload();
    await expect(kioskSettings()).resolves.toBeNull();
    expect(kiosk.settings).not.toHaveBeenCalled();
  });

  it("asks Electron's main once per page load", async () => {
    const { kiosk } = fakeBridge();
    vi.stubGlobal('window', { kiosk });
    await expect(kioskSettings()).resolves.toEqual(settings);
    await expect(kioskSettings()).resolves.toEqual(settings);
    expect(kiosk.settings).toHaveBeenCalledTimes(1);
  });

  it('is null, with a warning, when main cannot answer: the kiosk runs on defaults', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { kiosk } = fakeBridge();
    kiosk.settings.mockRejectedValue(new Error('no handler'));
    vi.stubGlobal('window', { kiosk });
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
    await expect(kioskSettings()).resolves.toEqual(settings);
    expect(fetched).toEqual(['http://127.0.0.1:5180/api/settings']);
  });
});
