import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import { pipeline } from 'node:stream/promises';
import type { RequestHandler } from '../server/request-handler';
import { handleApiRequest, type WebHostApi } from './host-api';

/**
 * Turns a Node request into a WHATWG `Request` on `origin`. Only origin-form targets (`/path?q`)
 * are accepted: an absolute-form target (`GET http://elsewhere/x`) must not choose our origin.
 * The body is never forwarded: the handler only answers GET and HEAD.
 */
function toWebRequest(req: IncomingMessage, origin: string): Request | null {
  const target = req.url ?? '';
  if (!target.startsWith('/')) return null;
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  try {
    // String concatenation, not `new URL(target, origin)`, so `//host/x` stays a path on our origin.
    return new Request(`${origin}${target}`, { method: req.method ?? 'GET', headers });
  } catch {
    return null;
  }
}

/** Writes a WHATWG `Response` to the socket, streaming the body and stopping if the client leaves. */
async function sendWebResponse(response: Response, res: ServerResponse): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  if (!response.body) {
    res.end();
    return;
  }
  const body = Readable.fromWeb(response.body as unknown as NodeWebStream<Uint8Array>);
  // A media element that seeks drops its connection mid-file; that is routine, not an error.
  await pipeline(body, res).catch(() => undefined);
}

/**
 * A `node:http` request listener that answers every request with `handler`, except the web host's
 * own `/api/` endpoints when `api` is given.
 */
export function nodeListener(
  handler: RequestHandler,
  origin: () => string,
  allowedHosts: () => Set<string>,
  api?: WebHostApi,
) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    void (async () => {
      // Refusing foreign Host headers stops DNS rebinding: a web page whose name resolves to
      // 127.0.0.1 would otherwise read this origin as if it were its own.
      if (!allowedHosts().has((req.headers.host ?? '').toLowerCase())) {
        res.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Misdirected request');
        return;
      }
      if (api && handleApiRequest(req, res, api, origin())) return;
      const request = toWebRequest(req, origin());
      if (!request) {
        res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request');
        return;
      }
      try {
        await sendWebResponse(await handler(request), res);
      } catch {
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end();
      }
    })();
  };
}
