import { useEffect, useState } from 'react';
import type { KioskSettings } from '../../electron/shared/kiosk-api';
import { currentHost } from './choose-host';

/** Asked once per page load: the config changes only with a restart. */
let asked: Promise<KioskSettings | null> | undefined;

/**
 * The kiosk config's page settings, from the host (Electron's main, or the web host when it was
 * started with `--config`). Null when it has none (a plain browser, a host without a config) or
 * could not answer: the kiosk then runs on the collection's and the kit's defaults rather than not
 * at all.
 */
export function kioskSettings(): Promise<KioskSettings | null> {
  asked ??= Promise.resolve()
    .then(() => currentHost().settings())
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
