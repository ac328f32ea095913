import { cacheControlFor, REVALIDATE } from './cache-policy';
import { chooseCoding, isCompressible, SIBLING_SUFFIX } from './content-encoding';
import type { ContentCoding } from './content-encoding';
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
  /**
   * Send a text file's precompressed `.br`/`.gz` sibling when `Accept-Encoding` allows (default
   * true). Electron turns it off: `kiosk://app` reads from the local disk, where compression saves
   * nothing, and a custom scheme's response is not guaranteed to be decoded by Chromium.
   */
  compression?: boolean;
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
    const varies = compression && isCompressible(segments.at(-1) ?? '');
    try {
      const response = await fileResponse(request, {
        file: resolved.file,
        contentType,
        cacheControl,
        baseHeaders,
        varies,
        encoded: varies ? await pickSibling(request, root, segments) : undefined,
      });
      return response ?? deny(request, pathname, 'not-found');
    } catch {
      // Vanished between realpath and open, unreadable, or a directory on platforms that refuse to open one.
      return deny(request, pathname, 'not-found');
    }
  };

  const compression = options.compression ?? true;

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

/**
 * The precompressed sibling to send for a text file, or undefined for the plain bytes. A `Range`
 * request always gets the plain bytes (offsets into an encoding mean nothing to a media element).
 * Siblings are contained like any file, so a planted `.br` symlink cannot point out of the root.
 */
async function pickSibling(
  request: Request,
  root: string,
  segments: readonly string[],
): Promise<{ file: string; coding: ContentCoding } | undefined> {
  const accept = request.headers.get('accept-encoding');
  if (accept === null || request.headers.has('range')) return undefined;
  const folder = segments.slice(0, -1);
  const name = segments.at(-1) ?? '';
  const found = new Map<ContentCoding, string>();
  for (const coding of ['br', 'gzip'] as const) {
    const resolved = await resolveInsideRoot(root, [...folder, `${name}${SIBLING_SUFFIX[coding]}`]);
    if (resolved.ok) found.set(coding, resolved.file);
  }
  const coding = chooseCoding(accept, [...found.keys()]);
  return coding ? { file: found.get(coding)!, coding } : undefined;
}
