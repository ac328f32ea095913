import { useEffect, useState } from 'react';
// The global `window.kiosk` type (Electron's preload bridge; absent in a plain browser).
import type { KioskSettings } from '../../electron/shared/kiosk-api';

/** Asked of Electron's main once per page load: the config changes only with a restart. */
let asked: Promise<KioskSettings | null> | undefined;

/** In browser mode `window.kiosk` is absent or a partial stand-in without settings. */
export function hasKioskSettings(): boolean {
  return typeof window.kiosk?.settings === 'function';
}

/**
 * The kiosk config's page settings, or null in a browser or when main could not answer: the kiosk
 * then runs on the collection's and the kit's defaults rather than not at all.
 */
export function kioskSettings(): Promise<KioskSettings | null> {
  asked ??= Promise.resolve()
    .then(() => (hasKioskSettings() ? (window.kiosk?.settings() ?? null) : null))
    .catch((error: unknown) => {
      console.warn('kiosk settings unavailable; using defaults', error);
      return null;
    });
  return asked;
}

/** For tests: forget the answer so the next call asks again. */
export function forgetKioskSettings(): void {
  asked = undefined;
}

/** The settings: undefined while asking, null in a browser or when main could not answer. */
export function useKioskSettings(): KioskSettings | null | undefined {
  const [settings, setSettings] = useState<KioskSettings | null | undefined>(() =>
    hasKioskSettings() ? undefined : null,
  );
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
