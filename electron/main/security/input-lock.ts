import type { WebContents } from 'electron';
import { blockedKeyReason } from '../../node/security/input-lock';
import type { KioskLogger } from '../../node/storage/rotating-log';

/**
 * Threat: a visitor with a keyboard presses F5, F12, Ctrl+W, Alt+F4 or a zoom chord and reloads,
 * opens devtools, closes or zooms the kiosk. Keys are swallowed in `before-input-event`, before
 * Chromium or the page sees them; the policy is in `electron/node/security/input-lock.ts`.
 * @see https://www.electronjs.org/docs/latest/api/web-contents#event-before-input-event
 */
export function blockBrowserKeys(contents: WebContents, log: KioskLogger): void {
  contents.on('before-input-event', (event, input) => {
    const reason = blockedKeyReason(input);
    if (reason === null) return;
    event.preventDefault();
    if (input.type === 'keyDown') log.info('blocked key', { reason });
  });
}
