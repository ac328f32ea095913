import type { KioskApi } from '../../../electron/shared/kiosk-api';
import type { WebHostStatus } from '../../../electron/shared/web-host-status';
import { WEB_API_PREFIX } from '../../../electron/shared/web-host-status';

/**
 * Who answers the admin screen: the Electron bridge (`window.kiosk`, PIN-guarded) or, in a plain
 * browser, the web host's `/api/status` (no PIN: nothing there can leave or reload a kiosk).
 */
export type AdminBackend = { mode: 'kiosk'; kiosk: KioskApi } | { mode: 'browser' };

/** The bridge when it offers the admin functions; a partial stand-in without them counts as a browser. */
export function adminBackend(): AdminBackend {
  const kiosk = window.kiosk;
  return typeof kiosk?.admin?.unlock === 'function' ? { mode: 'kiosk', kiosk } : { mode: 'browser' };
}

/** Browser mode's status, or null when the host has no status endpoint or is unreachable. */
export async function fetchHostStatus(): Promise<WebHostStatus | null> {
  try {
    const response = await fetch(new URL(`.${WEB_API_PREFIX}status`, document.baseURI), {
      cache: 'no-store',
    });
    if (!response.ok) return null;
    const body = (await response.json()) as Partial<WebHostStatus>;
    return body.mode === 'browser' ? (body as WebHostStatus) : null;
  } catch {
    return null;
  }
}
