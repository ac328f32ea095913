import { useMemo } from 'react';
import type { IdleConfig } from '../kit';
import { idleTimings } from './idle-timings';
import { useKioskSettings } from '../host';

/** The idle timings, first from defaults and the URL, then refined by the Electron host's settings. */
export function useIdleTimings(): IdleConfig {
  const settings = useKioskSettings();
  // Without settings (a browser, or main could not answer) the defaults stand; the kiosk still resets.
  return useMemo(() => idleTimings(window.location.search, settings), [settings]);
}
