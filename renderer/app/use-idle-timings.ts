import { useEffect, useState } from 'react';
// The global `window.kiosk` type (Electron's preload bridge; absent in a plain browser).
import type {} from '../../electron/shared/kiosk-api';
import type { IdleConfig } from '../kit';
import { idleTimings } from './idle-timings';

/** The idle timings, first from defaults and the URL, then refined by the Electron host's settings. */
export function useIdleTimings(): IdleConfig {
  const [timings, setTimings] = useState(() => idleTimings(window.location.search));
  useEffect(() => {
    let live = true;
    window.kiosk
      ?.settings()
      .then((settings) => {
        if (live) setTimings(idleTimings(window.location.search, settings));
      })
      // Without settings the defaults stand; the kiosk still resets.
      .catch((error: unknown) => console.warn('idle reset: kiosk settings unavailable', error));
    return () => {
      live = false;
    };
  }, []);
  return timings;
}
