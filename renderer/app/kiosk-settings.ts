import { useEffect, useState } from 'react';
// The global `window.kiosk` type (Electron's preload bridge; absent in a plain browser).
import type { KioskSettings } from '../../electron/shared/kiosk-api';
import { WEB_API_PREFIX } from '../../electron/shared/web-host-status';

/** Asked once per page load: the config changes only with a restart. */
let asked: Promise<KioskSettings | null> | undefined;

/** In browser mode `window.kiosk` is absent or a partial stand-in without settings. */
export function hasKioskSettings(): boolean {
  return typeof window.kiosk?.settings === 'function';
}

/**
 * The kiosk config's page settings: from Electron's main through the bridge, else from the web
 * host (`GET /api/settings`, answered when it was started with `--config`). Null when neither has
 * any (a plain browser, a host without a config) or could not answer: the kiosk then runs on the
 * collection's and the kit's defaults rather than not at all.
 */
export function kioskSettings(): Promise<KioskSettings | null> {
  asked ??= Promise.resolve()
    .then(() => (hasKioskSettings() ? (window.kiosk?.settings() ?? null) : hostSettings()))
    .catch((error: unknown) => {
      console.warn('kiosk settings unavailable; using defaults', error);
      return null;
    });
  return asked;
}

/** The web host's settings, or null where the page is served by something without them. */
async function hostSettings(): Promise<KioskSettings | null> {
  if (typeof document === 'undefined' || typeof fetch !== 'function') return null;
  const response = await fetch(new URL(`.${WEB_API_PREFIX}settings`, document.baseURI), {
    cache: 'no-store',
  });
  // Another server answers with its app shell (HTML) or a 404: no settings, not an error.
  if (!response.ok || !(response.headers.get('content-type') ?? '').includes('application/json')) return null;
  const body = (await response.json()) as unknown;
  return isKioskSettings(body) ? body : null;
}

function isKioskSettings(value: unknown): value is KioskSettings {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const languages =
    v.languages === null || (Array.isArray(v.languages) && v.languages.every((l) => typeof l === 'string'));
  return (
    languages &&
    (v.defaultLanguage === null || typeof v.defaultLanguage === 'string') &&
    typeof v.idleTimeoutSec === 'number' &&
    typeof v.idleCountdownSec === 'number' &&
    (v.publicBaseUrl === null || typeof v.publicBaseUrl === 'string')
  );
}

/** For tests: forget the answer so the next call asks again. */
export function forgetKioskSettings(): void {
  asked = undefined;
}

/** The settings: undefined while asking, null when there are none or the host could not answer. */
export function useKioskSettings(): KioskSettings | null | undefined {
  const [settings, setSettings] = useState<KioskSettings | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void kioskSettings().then((value) => {
      if (live) setSettings(value);
    });
    return () => {
      live = false;
    };
  }, []);
  return settings;
}
