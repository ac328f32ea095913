import type { Session } from 'electron';
import type { KioskLogger } from '../../node/storage/rotating-log';

/**
 * Threat: `navigator.mediaDevices.getDisplayMedia()` captures the screen (or a window, or the
 * system's sound) and a page could record or pass on whatever the kiosk PC shows. The kiosk never
 * shares its screen, so every request is refused. `callback(null)` is Electron's clean refusal:
 * the page's promise rejects; an empty object would throw in main instead.
 * @see https://www.electronjs.org/docs/latest/api/session#sessetdisplaymediarequesthandlerhandler-opts
 */
export function denyDisplayMedia(target: Session, log: KioskLogger): void {
  target.setDisplayMediaRequestHandler((request, callback) => {
    log.warn('denied screen capture', { origin: request.securityOrigin });
    callback(null);
  });
}
