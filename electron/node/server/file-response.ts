import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { decideRange } from './range';

export interface FileResponseOptions {
  /** Absolute, already contained path of a file to send. */
  file: string;
  contentType: string;
  cacheControl: string;
  /** Headers every response carries (CSP, nosniff...). */
  baseHeaders: Readonly<Record<string, string>>;
}

/**
 * Answers GET/HEAD for one file: conditional requests (ETag), byte ranges, and a streamed body so
 * a large video never sits in memory. Returns null when the path is not a regular file.
 */
export async function fileResponse(request: Request, options: FileResponseOptions): Promise<Response | null> {
  // Opening first and asking the open handle for its size means the bytes we stream belong to
  // the file we measured, even if the path is swapped between the two steps.
  const handle = await open(options.file, 'r');
  let handedOff = false;
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return null;

    const size = stat.size;
    const etag = `"${stat.ino.toString(16)}-${size.toString(16)}-${Math.trunc(stat.mtimeMs).toString(16)}"`;
    const headers: Record<string, string> = {
      ...options.baseHeaders,
      'Content-Type': options.contentType,
      'Cache-Control': options.cacheControl,
      'Accept-Ranges': 'bytes',
      ETag: etag,
      'Last-Modified': stat.mtime.toUTCString(),
    };

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

    const nodeStream = handle.createReadStream({ start, end, autoClose: true });
    handedOff = true;
    // Node's `stream/web` type and the DOM lib's `ReadableStream` are the same object under two names.
    const body = Readable.toWeb(nodeStream) as unknown as ReadableStream<Uint8Array>;
    return new Response(body, { status, headers });
  } finally {
    if (!handedOff) await handle.close();
  }
}

/** `If-None-Match` may list several tags or `*`; weak and strong forms compare equal here. */
function etagMatches(header: string | null, etag: string): boolean {
  if (header === null) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
