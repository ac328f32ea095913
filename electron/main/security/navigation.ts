import type { WebContents } from 'electron';
import { navigationAllowed } from '../../node/security/navigation';
import type { KioskLogger } from '../../node/storage/rotating-log';

/**
 * Threat: a link, a redirect or injected script takes the kiosk window (or a frame in it) to another
 * origin - a web page, a local file, a `javascript:` URL - where our CSP and bridge rules no longer
 * hold. Only `kiosk://app` may be shown.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#13-disable-or-limit-navigation
 */
export function blockForeignNavigation(contents: WebContents, log: KioskLogger): void {
  const guard = (kind: string) => (event: { url: string; preventDefault: () => void }) => {
    if (navigationAllowed(event.url)) return;
    event.preventDefault();
    log.warn(`blocked ${kind}`, { url: event.url });
  };
  contents.on('will-navigate', guard('navigation'));
  contents.on('will-frame-navigate', guard('frame navigation'));
  contents.on('will-redirect', guard('redirect'));
}
