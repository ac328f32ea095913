import type { KioskApi } from '../../../electron/shared/kiosk-api';
import type { UnlockResult } from '../../../electron/shared/kiosk-status';
import type { WebHostStatus, WebUnlockResult } from '../../../electron/shared/web-host-status';
import { WEB_API_PREFIX } from '../../../electron/shared/web-host-status';

/**
 * Who answers the admin screen: the Electron bridge (`window.kiosk`, PIN checked in main) or, in a
 * plain browser, the web host's `/api/` endpoints (PIN checked by the host when its config has one;
 * open otherwise, as nothing there can leave or reload a kiosk).
 */
export type AdminBackend = { mode: 'kiosk'; kiosk: KioskApi } | { mode: 'browser'; host: HostAdmin };

/** The bridge when it offers the admin functions; a partial stand-in without them counts as a browser. */
export function adminBackend(): AdminBackend {
  const kiosk = window.kiosk;
  return typeof kiosk?.admin?.unlock === 'function'
    ? { mode: 'kiosk', kiosk }
    : { mode: 'browser', host: hostAdmin() };
}

/** The web host's answer to a status request. */
type HostStatusAnswer =
  | { kind: 'status'; status: WebHostStatus }
  /** The host has an admin PIN and this page holds no (or no longer a) session. */
  | { kind: 'pin-required' }
  /** No status endpoint, unreachable, or an answer of the wrong shape. */
  | { kind: 'unavailable' };

/** The web host's admin endpoints, as the admin screen uses them in browser mode. */
export interface HostAdmin {
  status(): Promise<HostStatusAnswer>;
  unlock(pin: string): Promise<UnlockResult>;
  /** Ends the session on the host and forgets the token. */
  lock(): Promise<void>;
}

/**
 * The web host's admin endpoints. The session token lives in this object only - not in a cookie,
 * which every tab of the origin would send along (a visitor could open `/api/status` in a new tab
 * while a technician is unlocked), and not in storage, which outlives the page. Leaving the admin
 * screen or reloading the page drops it.
 */
export function hostAdmin(): HostAdmin {
  let token: string | null = null;
  const endpoint = (name: string) => new URL(`.${WEB_API_PREFIX}${name}`, document.baseURI);
  const bearer = (): Record<string, string> => (token ? { Authorization: `Bearer ${token}` } : {});
  return {
    async status() {
      try {
        const response = await fetch(endpoint('status'), { cache: 'no-store', headers: bearer() });
        if (response.status === 401) {
          token = null;
          return { kind: 'pin-required' };
        }
        if (!response.ok) return { kind: 'unavailable' };
        const body = (await response.json()) as Partial<WebHostStatus>;
        return body.mode === 'browser'
          ? { kind: 'status', status: body as WebHostStatus }
          : { kind: 'unavailable' };
      } catch {
        return { kind: 'unavailable' };
      }
    },
    async unlock(pin) {
      const response = await fetch(endpoint('admin/unlock'), {
        method: 'POST',
        cache: 'no-store',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ pin }),
      });
      if (!response.ok) throw new Error(`the host answered ${response.status}`);
      const { token: given, ...result } = (await response.json()) as WebUnlockResult;
      if (result.ok && typeof given === 'string') token = given;
      return result;
    },
    async lock() {
      const ending = token;
      token = null;
      if (!ending) return;
      await fetch(endpoint('admin/lock'), {
        method: 'POST',
        cache: 'no-store',
        headers: { Authorization: `Bearer ${ending}` },
      }).catch(() => undefined);
    },
  };
}
