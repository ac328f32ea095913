import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * The receiver's one shared secret, and the three places a request may carry it:
 * - `Authorization: Bearer <token>`: kiosks (the only way for `POST /heartbeat`) and scripts;
 * - `GET /?token=<token>`: the operator's first visit from a browser, answered with a cookie and a
 *   redirect to `/`, so the token leaves the address bar and the history at once;
 * - that cookie, on later page views and `/api/kiosks`. It holds not the token but an HMAC of it,
 *   so a copied cookie can read the page and never send heartbeats. It is HttpOnly and
 *   SameSite=Strict: no script can read it and no other site's page can send it.
 */

const MIN_TOKEN_CHARS = 16;
const PAGE_COOKIE = 'fleet_page';

export interface FleetToken {
  /** True when the request's Bearer header holds the token. */
  bearer(request: IncomingMessage): boolean;
  /** True when `given` (from the query) is the token. */
  matches(given: string | null): boolean;
  /** True when the request's page cookie was made from the token. */
  pageCookie(request: IncomingMessage): boolean;
  /** The Set-Cookie header value that lets a browser view the page. */
  setPageCookie(): string;
}

export function fleetToken(token: string): FleetToken {
  const secret = Buffer.from(token, 'utf8');
  // Derived from the token, so a new token ends every browser's access with no session list.
  const cookieValue = Buffer.from(createHmac('sha256', secret).update('fleet page').digest('base64url'));

  const same = (given: string | null | undefined, expected: Buffer): boolean => {
    if (!given) return false;
    const bytes = Buffer.from(given, 'utf8');
    // timingSafeEqual wants equal lengths; the length of the token is not the secret part.
    return bytes.length === expected.length && timingSafeEqual(bytes, expected);
  };

  return {
    bearer(request) {
      const match = /^Bearer[ ]+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
      return same(match?.[1], secret);
    },
    matches: (given) => same(given, secret),
    pageCookie(request) {
      const cookies = (request.headers.cookie ?? '').split(';').map((part) => part.trim());
      const prefix = `${PAGE_COOKIE}=`;
      return cookies.some(
        (cookie) => cookie.startsWith(prefix) && same(cookie.slice(prefix.length), cookieValue),
      );
    },
    setPageCookie: () => `${PAGE_COOKIE}=${cookieValue.toString('utf8')}; Path=/; HttpOnly; SameSite=Strict`,
  };
}

/** Why a token file cannot be used, or null when it can; the token is the file's trimmed text. */
export function tokenProblem(token: string): string | null {
  if (token.length === 0) return 'The token file is empty.';
  if (token.length < MIN_TOKEN_CHARS) {
    return `The token is ${token.length} characters long; use at least ${MIN_TOKEN_CHARS} (e.g. \`openssl rand -hex 24\`).`;
  }
  if (/\s/.test(token)) return 'The token must be one line without spaces.';
  return null;
}
