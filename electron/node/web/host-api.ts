import type { IncomingMessage, ServerResponse } from 'node:http';
import type { WebHostStatus } from '../../shared/web-host-status';
import { WEB_API_PREFIX } from '../../shared/web-host-status';
import { KIOSK_CSP } from '../server/csp';
import type { EventStream } from './event-stream';

/**
 * The web host's own endpoints under `/api/`: the browser-mode counterpart of the Electron bridge's
 * `admin.status()` and `onCollectionUpdated`. They live here, around the shared request handler,
 * so the Electron origin (`kiosk://app`) never grows them.
 */
export interface WebHostApi {
  status: () => WebHostStatus;
  events: EventStream;
}

const HEADERS: Record<string, string> = {
  'Content-Security-Policy': KIOSK_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

function json(res: ServerResponse, status: number, body: unknown, head = false): void {
  res.writeHead(status, { ...HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(head ? undefined : JSON.stringify(body));
}

/**
 * Only the app's own page may call the API. The Host check in `nodeListener` already stops DNS
 * rebinding; this also refuses a request another site's page makes (its browser names that site
 * in `Origin` or marks it cross-site in `Sec-Fetch-Site`). No CORS headers are ever sent, so a
 * foreign page could not read an answer anyway.
 */
function isSameOrigin(req: IncomingMessage, origin: string): boolean {
  const from = req.headers.origin;
  if (from !== undefined && from !== origin) return false;
  const site = req.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}

/**
 * Answers `req` if it is an API request and returns true; returns false for every other path,
 * which then goes to the shared request handler.
 */
export function handleApiRequest(
  req: IncomingMessage,
  res: ServerResponse,
  api: WebHostApi,
  origin: string,
): boolean {
  const pathname = (req.url ?? '').split('?')[0] ?? '';
  if (!pathname.startsWith(WEB_API_PREFIX)) return false;
  if (!isSameOrigin(req, origin)) {
    json(res, 403, { error: 'same-origin only' });
    return true;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    json(res, 405, { error: 'method not allowed' });
    return true;
  }
  const head = req.method === 'HEAD';
  switch (pathname) {
    case `${WEB_API_PREFIX}status`:
      json(res, 200, api.status(), head);
      return true;
    case `${WEB_API_PREFIX}events`:
      if (head) json(res, 200, null, true);
      else api.events.attach(res, HEADERS);
      return true;
    default:
      json(res, 404, { error: 'not found' }, head);
      return true;
  }
}
