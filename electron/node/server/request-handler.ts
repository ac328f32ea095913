import { cacheControlFor, REVALIDATE } from './cache-policy';
import { checkUrlPath, resolveInsideRoot } from './containment';
import type { RefusalReason } from './containment';
import { KIOSK_CSP } from './csp';
import { fileResponse } from './file-response';
import { mimeTypeFor } from './mime-types';

/** The one handler shape both Electron's `protocol.handle` and the web host answer with. */
export type RequestHandler = (request: Request) => Promise<Response>;

/** Why a request got a 404 or 405. */
type DenialReason = RefusalReason | 'not-found' | 'root-missing' | 'extension' | 'no-collection' | 'method';

/** One denied request, for the kiosk log. Only denials are reported; successful requests are not. */
export interface RequestLogEntry {
  method: string;
  /** The URL path exactly as requested (still percent-encoded). */
  path: string;
  status: 404 | 405;
  reason: DenialReason;
}

export interface RequestHandlerOptions {
  /** Folder of the renderer build (`dist/renderer`), served at `/`. */
  rendererRoot: string;
  /**
   * Folder of the compiled collection, served under `/collection/`. Read on every request because a
   * finished build switches it; null while no good build exists.
   */
  getCollectionRoot: () => string | null;
  log?: (entry: RequestLogEntry) => void;
  /** Content-Security-Policy header value; defaults to {@link KIOSK_CSP}. */
  csp?: string;
}

const COLLECTION_PREFIX = 'collection';

/**
 * Creates the handler for the app origin: the renderer build at `/` (with a fallback to
 * `index.html` for the single-page app's routes) and the current compiled collection under
 * `/collection/`. Every refusal is a plain 404 so a probe learns nothing; the reason goes to `log`.
 */
export function createRequestHandler(options: RequestHandlerOptions): RequestHandler {
  const baseHeaders: Record<string, string> = {
    'Content-Security-Policy': options.csp ?? KIOSK_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };

  const deny = (request: Request, pathname: string, reason: DenialReason, body?: object): Response => {
    const status = reason === 'method' ? 405 : 404;
    options.log?.({ method: request.method, path: pathname, status, reason });
    const headers: Record<string, string> = { ...baseHeaders, 'Cache-Control': REVALIDATE };
    if (status === 405) headers.Allow = 'GET, HEAD';
    headers['Content-Type'] = body ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8';
    const text = body ? JSON.stringify(body) : status === 405 ? 'Method not allowed' : 'Not found';
    return new Response(request.method === 'HEAD' ? null : text, { status, headers });
  };

  const serve = async (
    request: Request,
    pathname: string,
    area: 'renderer' | 'collection',
    root: string,
    segments: string[],
  ): Promise<Response> => {
    const contentType = mimeTypeFor(segments.at(-1) ?? '');
    if (!contentType) return deny(request, pathname, 'extension');
    const resolved = await resolveInsideRoot(root, segments);
    if (!resolved.ok) return deny(request, pathname, resolved.reason);
    const cacheControl = cacheControlFor(area, segments);
    try {
      const response = await fileResponse(request, {
        file: resolved.file,
        contentType,
        cacheControl,
        baseHeaders,
      });
      return response ?? deny(request, pathname, 'not-found');
    } catch {
      // Vanished between realpath and open, unreadable, or a directory on platforms that refuse to open one.
      return deny(request, pathname, 'not-found');
    }
  };

  return async (request) => {
    const pathname = new URL(request.url).pathname;
    if (request.method !== 'GET' && request.method !== 'HEAD') return deny(request, pathname, 'method');

    const checked = checkUrlPath(pathname);
    if (!checked.ok) return deny(request, pathname, checked.reason);
    const segments = checked.segments;

    if (segments[0] === COLLECTION_PREFIX) {
      const rest = segments.slice(1);
      if (rest.length === 0) return deny(request, pathname, 'not-found');
      const root = options.getCollectionRoot();
      if (root === null) {
        // The renderer tells "no collection yet" apart from a broken server by this body.
        const isManifest = rest.length === 1 && rest[0] === 'manifest.json';
        return deny(request, pathname, 'no-collection', isManifest ? { error: 'no-collection' } : undefined);
      }
      return serve(request, pathname, 'collection', root, rest);
    }

    // Paths without an extension are routes of the single-page app: deep links and reloads get
    // the app shell, which then routes on the client.
    const last = segments.at(-1);
    if (last === undefined || !last.includes('.')) {
      return serve(request, pathname, 'renderer', options.rendererRoot, ['index.html']);
    }
    return serve(request, pathname, 'renderer', options.rendererRoot, segments);
  };
}
