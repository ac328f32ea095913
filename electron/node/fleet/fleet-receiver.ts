import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fleetPage } from './fleet-page';
import { fleetToken } from './fleet-token';
import { fleetView, type FleetView } from './fleet-view';
import { checkHeartbeat } from './heartbeat-schema';
import { openHeartbeatStore, DEFAULT_MAX_KIOSKS } from './heartbeat-store';
import { readPublishedVersion } from './published-version';
import { createRateLimiter } from './rate-limiter';
import { readCappedBody } from './read-body';

/**
 * The fleet receiver (issue 14): an optional small HTTP server on the museum LAN that kiosks post
 * a heartbeat to, and that shows the operator one page about all of them. It serves nothing else,
 * least of all the collection. Every request is rate-limited per address first, then routed, then
 * checked for the token (see fleet-token.ts for where it may travel).
 */

const DEFAULT_SILENT_AFTER_MS = 15 * 60_000;
const DEFAULT_MAX_BODY_BYTES = 16 * 1024;
const DEFAULT_RATE_PER_MINUTE = 30;

export interface FleetReceiverOptions {
  token: string;
  storeFile: string;
  /** Interface to bind; loopback by default, `0.0.0.0` or a LAN address for other machines. */
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** A publish bundle's latest.json (path or URL); without it, the highest version kiosks report. */
  latest?: string | null;
  latestTimeoutMs?: number;
  silentAfterMs?: number;
  maxKiosks?: number;
  maxBodyBytes?: number;
  ratePerMinute?: number;
  now?: () => Date;
  /** The receiver's own trouble (store file); the CLI prints it. */
  log?: (line: string) => void;
}

export interface FleetReceiver {
  /** `http://HOST:PORT/` */
  url: string;
  port: number;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  // The page has an inline style and nothing else: no script, no frame, no form, no fetch.
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
};

const ROUTES: Record<string, string> = { '/': 'GET', '/api/kiosks': 'GET', '/heartbeat': 'POST' };

export async function startFleetReceiver(options: FleetReceiverOptions): Promise<FleetReceiver> {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => undefined);
  const host = options.host ?? '127.0.0.1';
  const silentAfterMs = options.silentAfterMs ?? DEFAULT_SILENT_AFTER_MS;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const token = fleetToken(options.token);
  const limiter = createRateLimiter({
    perMinute: options.ratePerMinute ?? DEFAULT_RATE_PER_MINUTE,
    now: () => now().getTime(),
  });
  const opened = openHeartbeatStore(options.storeFile, options.maxKiosks ?? DEFAULT_MAX_KIOSKS);
  const { store } = opened;
  const receiverProblems = new Map<'open' | 'write', string>();
  if (opened.problem) {
    receiverProblems.set('open', opened.problem);
    log(opened.problem);
  }

  const view = async (): Promise<FleetView> =>
    fleetView({
      kiosks: store.list(),
      latest: options.latest
        ? await readPublishedVersion(options.latest, { timeoutMs: options.latestTimeoutMs })
        : null,
      now: now(),
      silentAfterMs,
      receiverProblems: [...receiverProblems.values()],
    });

  const receiveHeartbeat = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const body = await readCappedBody(request, maxBodyBytes);
    if (body.kind === 'aborted') return;
    if (body.kind === 'too-large') {
      // text() closes the connection: the rest of an oversized body is not worth receiving.
      text(response, 413, `A heartbeat is at most ${maxBodyBytes} bytes.`);
      return;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(body.text);
    } catch {
      text(response, 400, 'The body is not JSON.');
      return;
    }
    const checked = checkHeartbeat(raw);
    if (!checked.ok) {
      text(response, 400, checked.message);
      return;
    }
    try {
      store.record(checked.value, now());
      receiverProblems.delete('write');
    } catch (error) {
      // The heartbeat is kept in memory and shown; only a restart would lose it. The kiosk can do
      // nothing about the receiver's disk, so it still hears success.
      const problem = `The store file ${options.storeFile} cannot be written: ${(error as Error).message}`;
      if (!receiverProblems.has('write')) log(problem);
      receiverProblems.set('write', problem);
    }
    response.writeHead(204).end();
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (!limiter.allow(request.socket.remoteAddress ?? 'unknown')) {
      text(response, 429, 'Too many requests from this address; try again in a minute.', {
        'retry-after': '60',
      });
      return;
    }
    const url = new URL(request.url ?? '/', 'http://fleet.invalid');
    const method = ROUTES[url.pathname];
    if (!method) {
      text(response, 404, 'Not found.');
      return;
    }
    if (request.method !== method) {
      text(response, 405, `Use ${method} here.`, { allow: method });
      return;
    }
    if (url.pathname === '/heartbeat') {
      if (!token.bearer(request)) {
        unauthorized(response);
        return;
      }
      await receiveHeartbeat(request, response);
      return;
    }
    const queryToken = url.searchParams.get('token');
    if (url.pathname === '/' && queryToken !== null) {
      if (!token.matches(queryToken)) {
        unauthorized(response);
        return;
      }
      // Trade the token in the address for a cookie, and drop it from the address bar.
      response
        .writeHead(303, { location: '/', 'set-cookie': token.setPageCookie(), ...SECURITY_HEADERS })
        .end();
      return;
    }
    if (!token.bearer(request) && !token.pageCookie(request)) {
      unauthorized(response);
      return;
    }
    const current = await view();
    if (url.pathname === '/') {
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...SECURITY_HEADERS })
        .end(fleetPage(current));
    } else {
      response
        .writeHead(200, { 'content-type': 'application/json; charset=utf-8', ...SECURITY_HEADERS })
        .end(JSON.stringify(current));
    }
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      log(`A request failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) text(response, 500, 'The receiver failed on this request.');
      else response.destroy();
    });
  });
  // A heartbeat is a few hundred bytes: a client this slow is stuck or hostile.
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: options.port ?? 0, host }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const hostPart = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${hostPart}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets would otherwise hold the port (and this promise) open.
        server.closeAllConnections();
      }),
  };
}

function text(
  response: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): void {
  // A refusal before the body was read (401, 429...) closes the connection: Node would otherwise
  // read and discard whatever an unauthenticated sender keeps streaming.
  if (!response.req.complete) response.shouldKeepAlive = false;
  response
    .writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS, ...headers })
    .end(`${message}\n`);
}

function unauthorized(response: ServerResponse): void {
  text(
    response,
    401,
    'The fleet token is missing or wrong. Kiosks send "Authorization: Bearer <token>"; in a browser, open /?token=<token> once.',
    { 'www-authenticate': 'Bearer realm="fleet"' },
  );
}
