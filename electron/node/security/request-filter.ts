import { isAppUrl } from './navigation';

/**
 * Which outgoing requests the page may make. The kiosk is offline by design: everything it shows is
 * served from `kiosk://app`. A request to the network is either a bug or injected content phoning
 * home, so production cancels it. Development builds also allow the devtools front end.
 */

// data: and blob: stay inside the page (placeholders drawn from ThumbHash, object URLs for media).
const ALWAYS_ALLOWED = new Set(['data:', 'blob:']);
const DEV_ONLY = new Set(['devtools:', 'chrome-devtools:', 'http:', 'https:', 'ws:', 'wss:']);

/** Options for {@link requestAllowed}. */
export interface RequestFilterOptions {
  /** True in an unpackaged (development) run. */
  dev: boolean;
}

/** True if a request to `raw` may proceed; false means cancel it. */
export function requestAllowed(raw: string, { dev }: RequestFilterOptions): boolean {
  let protocol: string;
  try {
    protocol = new URL(raw).protocol;
  } catch {
    return false;
  }
  // Our scheme only on our host: `kiosk://other/` has no business being requested.
  if (protocol === 'kiosk:') return isAppUrl(raw);
  if (ALWAYS_ALLOWED.has(protocol)) return true;
  return dev && DEV_ONLY.has(protocol);
}
