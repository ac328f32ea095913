import { app, Menu, powerSaveBlocker, type BrowserWindow } from 'electron';
import type { KioskContext } from '../context';

/**
 * Keeps the kiosk window open and awake: `close` (Alt+F4 from a window manager, a stray signal from
 * a compositor) is cancelled unless an admin or a relaunch asked for it; the display never sleeps;
 * no application menu exists to reach reload or devtools.
 */
export function setupWindowGuards(window: BrowserWindow, context: KioskContext): void {
  Menu.setApplicationMenu(null);
  // A quit of the whole app comes from the OS (shutdown, `systemctl stop`, SIGTERM) or from our own
  // code, never from a visitor (no menu, no keys): let it close the window instead of hanging shutdown.
  app.on('before-quit', () => {
    context.exitRequested = true;
  });
  window.on('close', (event) => {
    if (context.exitRequested) return;
    event.preventDefault();
    context.log.warn('blocked window close');
  });
  const blocker = powerSaveBlocker.start('prevent-display-sleep');
  window.once('closed', () => powerSaveBlocker.stop(blocker));
}
