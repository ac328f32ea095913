/**
 * The one origin the kiosk may show. Everything else - another host on our scheme, a file, the web,
 * `javascript:` or `data:` documents - is refused. Compared field by field on a parsed `URL` so that
 * tricks like `kiosk://app@evil/` (user info), `kiosk://app.evil/` or `kiosk://app:1/` can't pass a
 * prefix check.
 */

/** Scheme of the app origin. Never change it after release: IndexedDB data belongs to the origin. */
export const APP_SCHEME = 'kiosk';
/** Host of the app origin. */
export const APP_HOST = 'app';
/** The app origin as text, for logs and comparisons in tests. */
const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The first page the kiosk window loads. */
export const APP_START_URL = `${APP_ORIGIN}/`;
/**
 * The calm page shown instead of the app when the kiosk is caught in a relaunch loop: its own small
 * entry of the renderer build, which needs neither the collection nor IndexedDB.
 */
export const OUT_OF_ORDER_URL = `${APP_ORIGIN}/out-of-order.html`;

/** True only for URLs on exactly `kiosk://app` (no port, no user info). */
export function isAppUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}

/** Navigation decision for `will-navigate` / `will-frame-navigate` / redirects. */
export function navigationAllowed(raw: string): boolean {
  return isAppUrl(raw);
}

/**
 * `window.open` and `target=_blank` decision: always deny. The kiosk has one window; a second one
 * would escape the kiosk frame and the navigation rules. Kept as a function so the rule is tested.
 */
export function windowOpenAllowed(_raw: string): false {
  return false;
}
