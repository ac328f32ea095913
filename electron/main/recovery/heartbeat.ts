import type { BrowserWindow } from 'electron';
import type { KioskContext } from '../context';

/**
 * Loads the home page (the app, or the out-of-order page) again, with a fresh heartbeat grace so the
 * page has time to start pinging before the watchdog counts it silent.
 */
export function reloadHome(window: BrowserWindow, context: KioskContext): void {
  context.heartbeat.reset(Date.now());
  if (!window.isDestroyed()) window.webContents.loadURL(context.homeUrl).catch(() => undefined);
}

/**
 * Reloads a page that stopped sending heartbeats: alive to Chromium but stuck (policy in
 * `electron/node/recovery/heartbeat.ts`). Returns a function that stops the check.
 */
export function setupHeartbeatCheck(window: BrowserWindow, context: KioskContext): () => void {
  const heartbeatCheck = setInterval(() => {
    if (context.heartbeat.check(Date.now()) !== 'missed') return;
    context.recovery('reload', 'renderer heartbeat missed');
    reloadHome(window, context);
  }, context.heartbeat.options.intervalMs);
  return () => clearInterval(heartbeatCheck);
}
