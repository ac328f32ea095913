import type { Session } from 'electron';
import { requestAllowed } from '../../node/security/request-filter';
import type { KioskLogger } from '../../node/storage/rotating-log';

/**
 * Threat: content phones home or pulls remote script, and a kiosk meant to be offline leaks visits or
 * runs code it never shipped. Every http(s)/ws(s) request is cancelled in production; development
 * keeps the devtools front end working.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#1-only-load-secure-content
 */
export function cancelNetworkRequests(target: Session, dev: boolean, log: KioskLogger): void {
  target.webRequest.onBeforeRequest((details, callback) => {
    const allowed = requestAllowed(details.url, { dev });
    if (!allowed) log.warn('cancelled request', { url: details.url.slice(0, 200) });
    callback({ cancel: !allowed });
  });
}
