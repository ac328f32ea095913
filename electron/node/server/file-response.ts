import { open, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { ContentCoding } from './content-encoding';
import { decideRange } from './range';

export interface FileResponseOptions {
  /** Absolute, already contained path of a file to send. */
  file: string;
  contentType: string;
  cacheControl: string;
  /** Headers every response carries (CSP, nosniff...). */
  baseHeaders: Readonly<Record<string, string>>;
  /**
   * A precompressed sibling to send instead of `file`, already chosen by `Accept-Encoding` and
   * contained like `file`. Only for requests without `Range`: ranges are always of the plain bytes.
   */
  encoded?: { file: string; coding: ContentCoding };
  /** True when the answer depends on `Accept-Encoding` (a compressible type), so caches must key on it. */
  varies?: boolean;
}

/**
 * Answers GET/HEAD for one file: conditional requests (ETag), byte ranges, and a streamed body so
 * a large video never sits in memory. Returns null when the path is not a regular file.
 */
export async function fileResponse(request: Request, options: FileResponseOptions): Promise<Response | null> {
  // Opening first and asking the open handle for its size means the bytes we stream belong to
  // the file we measured, even if the path is swapped between the two steps.
  const encoded = options.encoded;
  const handle = await open(encoded?.file ?? options.file, 'r');
  let handedOff = false;
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return null;

    const size = stat.size;
    // Each encoding is its own representation with its own tag, so a cached gzip body is never
    // revalidated as the brotli one.
    const tag = `${stat.ino.toString(16)}-${size.toString(16)}-${Math.trunc(stat.mtimeMs).toString(16)}`;
    const etag = `"${tag}${encoded ? `-${encoded.coding}` : ''}"`;
    const headers: Record<string, string> = {
      ...options.baseHeaders,
      'Content-Type': options.contentType,
      'Cache-Control': options.cacheControl,
      ETag: etag,
      'Last-Modified': stat.mtime.toUTCString(),
    };
    if (options.varies) headers.Vary = 'Accept-Encoding';
    if (encoded) {
      headers['Content-Encoding'] = encoded.coding;
      headers['Content-Length'] = String(size);
      if (etagMatches(request.headers.get('if-none-match'), etag)) {
        return new Response(null, { status: 304, headers });
      }
      if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
      handedOff = true;
      return new Response(streamOf(handle, 0, size - 1), { status: 200, headers });
    }
    headers['Accept-Ranges'] = 'bytes';

    if (etagMatches(request.headers.get('if-none-match'), etag)) {
      return new Response(null, { status: 304, headers });
    }

    // A range against a changed file would splice two versions; If-Range asks for all of it then.
    const ifRange = request.headers.get('if-range');
    const rangeHeader = ifRange !== null && ifRange !== etag ? null : request.headers.get('range');
    const range = decideRange(rangeHeader, size);
    if (range.kind === 'unsatisfiable') {
      return new Response(null, { status: 416, headers: { ...headers, 'Content-Range': `bytes */${size}` } });
    }

    const start = range.kind === 'partial' ? range.start : 0;
    const end = range.kind === 'partial' ? range.end : size - 1;
    const status = range.kind === 'partial' ? 206 : 200;
    headers['Content-Length'] = String(end - start + 1);
    if (range.kind === 'partial') headers['Content-Range'] = `bytes ${start}-${end}/${size}`;

    if (request.method === 'HEAD' || size === 0) return new Response(null, { status, headers });

    handedOff = true;
    return new Response(streamOf(handle, start, end), { status, headers });
  } finally {
    if (!handedOff) await handle.close();
  }
}

/** The bytes `start..end` (inclusive) of an open file as a web stream that closes the file at its end. */
function streamOf(handle: FileHandle, start: number, end: number): ReadableStream<Uint8Array> {
  const nodeStream = handle.createReadStream({ start, end, autoClose: true });
  // Node's `stream/web` type and the DOM lib's `ReadableStream` are the same object under two names.
  return Readable.toWeb(nodeStream) as unknown as ReadableStream<Uint8Array>;
}

/** `If-None-Match` may list several tags or `*`; weak and strong forms compare equal here. */
function etagMatches(header: string | null, etag: string): boolean {
  if (header === null) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
