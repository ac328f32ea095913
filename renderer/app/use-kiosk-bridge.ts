import { useEffect } from 'react';
// The global `window.kiosk` type (Electron's preload bridge; absent in a plain browser).
import type {} from '../../electron/shared/kiosk-api';
import { appSync } from '../sync/app-sync';

/** How often the page tells Electron's main process it is alive; main reloads after 30 s of silence. */
export const HEARTBEAT_MS = 10_000;

/**
 * The shell's two duties towards the Electron host, absent in a plain browser: sync when main says
 * a new collection passed its checks, and send the heartbeat the watchdog waits for.
 */
export function useKioskBridge(): void {
  useEffect(() => {
    const kiosk = window.kiosk;
    if (!kiosk) return undefined;
    const stopListening = kiosk.onCollectionUpdated(() => void appSync().sync());
    const beat = () =>
      void kiosk.heartbeat().catch((error: unknown) => console.warn('kiosk heartbeat failed', error));
    beat();
    const timer = window.setInterval(beat, HEARTBEAT_MS);
    return () => {
      stopListening();
      window.clearInterval(timer);
    };
  }, []);
}
