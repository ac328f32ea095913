import type { WebContents } from 'electron';
import { windowOpenAllowed } from '../../node/security/navigation';
import type { KioskLogger } from '../../node/storage/rotating-log';

/**
 * Threat: `window.open`, `target="_blank"` or a middle click opens a second window that sits outside
 * the kiosk frame and escapes the navigation rules. The kiosk has one window; every request is denied.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#14-disable-or-limit-creation-of-new-windows
 */
export function denyNewWindows(contents: WebContents, log: KioskLogger): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (windowOpenAllowed(url)) return { action: 'allow' };
    log.warn('blocked window.open', { url });
    return { action: 'deny' };
  });
}
