import { useEffect } from 'react';
// The global `window.kiosk` type (Electron's preload bridge; absent in a plain browser).
import type {} from '../../electron/shared/kiosk-api';
import { subscribeCollectionUpdates } from '../features/admin/subscribe-collection-updates';
import { appSync } from '../sync/app-sync';

/** How often the page tells Electron's main process it is alive; main reloads after 30 s of silence. */
const HEARTBEAT_MS = 10_000;

/**
 * The shell's two duties towards its host: sync when the host says a new collection passed its
 * checks (Electron's bridge, or the web host's server-sent events in a browser), and in Electron
 * send the heartbeat the watchdog waits for.
 */
export function useKioskBridge(): void {
  useEffect(() => subscribeCollectionUpdates(() => void appSync().sync()), []);
  useEffect(() => {
    const kiosk = window.kiosk;
    if (!kiosk) return undefined;
    const beat = () =>
      void kiosk.heartbeat().catch((error: unknown) => console.warn('kiosk heartbeat failed', error));
    beat();
    const timer = window.setInterval(beat, HEARTBEAT_MS);
    return () => {
      window.clearInterval(timer);
    };
  }, []);
}
