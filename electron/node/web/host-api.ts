import type { IncomingMessage, ServerResponse } from 'node:http';
import type { KioskSettings } from '../../shared/kiosk-status';
import type { WebHostStatus } from '../../shared/web-host-status';
import { WEB_API_PREFIX } from '../../shared/web-host-status';
import { KIOSK_CSP } from '../server/csp';
import { bearerToken, lockAnswer, unlockAnswer, type ApiAnswer } from './admin-endpoints';
import type { WebAdminSession } from './admin-session';
import type { EventStream } from './event-stream';
import { insightsSummaryAnswer, type InsightsSummaryHolder } from './insights-endpoint';

/**
 * The web host's own endpoints under `/api/`: the browser-mode counterpart of the Electron bridge's
 * `settings()`, `admin.*` and `onCollectionUpdated`. They live here, around the shared request
 * handler, so the Electron origin (`kiosk://app`) never grows them.
 */
export interface WebHostApi {
  status: () => WebHostStatus;
  events: EventStream;
  /** The page settings of the kiosk config (`--config`); without it `/api/settings` is not found. */
  settings?: () => KioskSettings;
  /**
   * Set when the config has an admin PIN: `/api/status` then answers only inside an unlocked
   * session. Null or absent: the status is open, as nothing there can leave or reload a kiosk.
   */
  admin?: WebAdminSession | null;
  /**
   * With `--publish-url`: asks the publisher now (the admin's "sync now"); resolves once the poll
   * has been handled. Without it `/api/admin/sync-now` is not found: a folder build follows its
   * folder by itself.
   */
  syncNow?: () => Promise<void>;
  /**
   * Keeps the page's visitor counts for the fleet heartbeat (`POST /api/insights/summary`); without
   * it that endpoint is not found.
   */
  insights?: InsightsSummaryHolder;
  /** Lines for the terminal (unlock attempts). */
  log?: (line: string) => void;
  now?: () => number;
}

const HEADERS: Record<string, string> = {
  'Content-Security-Policy': KIOSK_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

function json(res: ServerResponse, status: number, body: unknown, head = false, extra = {}): void {
  res.writeHead(status, { ...HEADERS, ...extra, 'Content-Type': 'application/json; charset=utf-8' });
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

/** Which methods each endpoint takes. */
const METHODS: Record<string, string[]> = {
  status: ['GET', 'HEAD'],
  settings: ['GET', 'HEAD'],
  events: ['GET', 'HEAD'],
  'admin/unlock': ['POST'],
  'admin/lock': ['POST'],
  'admin/sync-now': ['POST'],
  'insights/summary': ['POST'],
};

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
  const name = pathname.slice(WEB_API_PREFIX.length);
  const allowed = Object.hasOwn(METHODS, name) ? METHODS[name] : null;
  const head = req.method === 'HEAD';
  if (!allowed) {
    json(res, 404, { error: 'not found' }, head);
    return true;
  }
  if (!allowed.includes(req.method ?? '')) {
    json(res, 405, { error: 'method not allowed' }, false, { Allow: allowed.join(', ') });
    return true;
  }
  const now = api.now ?? Date.now;
  const answer = (result: ApiAnswer) => json(res, result.status, result.body, head);
  switch (name) {
    case 'status':
      if (api.admin && !api.admin.authorize(bearerToken(req), now())) {
        json(res, 401, { error: 'admin session required' }, head, { 'WWW-Authenticate': 'Bearer' });
      } else json(res, 200, api.status(), head);
      return true;
    case 'settings':
      if (api.settings) json(res, 200, api.settings(), head);
      else json(res, 404, { error: 'not found' }, head);
      return true;
    case 'events':
      if (head) json(res, 200, null, true);
      else api.events.attach(res, HEADERS);
      return true;
    case 'admin/unlock':
      void unlockAnswer(req, api.admin ?? null, now(), api.log).then(answer, () =>
        answer({ status: 500, body: { error: 'the PIN could not be checked' } }),
      );
      return true;
    case 'admin/sync-now':
      if (!api.syncNow) json(res, 404, { error: 'not found' });
      else if (api.admin && !api.admin.authorize(bearerToken(req), now())) {
        json(res, 401, { error: 'admin session required' }, false, { 'WWW-Authenticate': 'Bearer' });
      } else {
        void api.syncNow().then(
          () => json(res, 200, { ok: true }),
          () => json(res, 500, { ok: false, reason: 'failed' }),
        );
      }
      return true;
    case 'insights/summary':
      if (!api.insights) json(res, 404, { error: 'not found' });
      else {
        void insightsSummaryAnswer(req, api.insights).then(
          (result) => {
            // An oversized body was not read to its end: close rather than read the rest.
            if (!req.complete) res.shouldKeepAlive = false;
            answer(result);
          },
          () => answer({ status: 500, body: { error: 'the summary could not be read' } }),
        );
      }
      return true;
    default:
      answer(lockAnswer(req, api.admin ?? null));
      return true;
  }
}
