import { useEffect } from 'react';
import { currentHost } from './choose-host';
import type { Host } from './host';

/** How often the page tells Electron's main process it is alive; main reloads after 30 s of silence. */
export const HEARTBEAT_MS = 10_000;

/**
 * Beats at once and then every `HEARTBEAT_MS` in Electron, whose watchdog waits for it; under the
 * web host nothing watches the page, so nothing is sent. Returns the stop function.
 */
export function startHeartbeat(host: Host): () => void {
  if (host.kind !== 'electron') return () => undefined;
  const beat = () =>
    void host.heartbeat().catch((error: unknown) => console.warn('kiosk heartbeat failed', error));
  beat();
  const timer = setInterval(beat, HEARTBEAT_MS);
  return () => {
    clearInterval(timer);
  };
}

/** The heartbeat for as long as the shell is mounted. */
export function useHeartbeat(): void {
  useEffect(() => startHeartbeat(currentHost()), []);
}
