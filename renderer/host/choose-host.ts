// The global `window.kiosk` type (Electron's preload bridge; absent in a plain browser).
import type { KioskApi } from '../../electron/shared/kiosk-api';
import { electronHost } from './electron-host';
import type { Host } from './host';
import { webHost } from './web-host';

/**
 * Electron when the preload's bridge offers the admin functions, which the real one always does;
 * anything else is the web host: no bridge (a plain browser), or a partial stand-in without them.
 */
export function chooseHost(kiosk: KioskApi | undefined): Host {
  return typeof kiosk?.admin?.unlock === 'function' ? electronHost(kiosk) : webHost();
}

let chosen: Host | undefined;

/**
 * The host this page runs on, chosen at the first ask and kept for the page's life: the preload
 * (or a test's stand-in, installed before any script) puts `window.kiosk` in place before the page
 * starts, and nothing takes it away.
 */
export function currentHost(): Host {
  chosen ??= chooseHost(window.kiosk);
  return chosen;
}

/** For tests: choose again at the next ask. */
export function forgetHost(): void {
  chosen = undefined;
}
