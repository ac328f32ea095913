/**
 * Where a kiosk reads a published bundle from: a web server (any static one; an S3-compatible bucket
 * behind `rclone serve` or its own HTTP endpoint) or a folder (a USB stick, a network share). Both
 * answer the same two questions: is the pointer new, and give me this file.
 */
import { createWriteStream } from 'node:fs';
import { copyFile, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { bundlePath, POINTER_FILE, type BundleFile } from './bundle-pointer';

type PointerRead = { kind: 'same' } | { kind: 'text'; text: string; etag: string | null };

export interface BundleSource {
  /** Where it is, for the status page. */
  readonly where: string;
  /** The pointer's text, or `same` when it has not changed since `etag`. */
  readPointer(etag: string | null, signal: AbortSignal): Promise<PointerRead>;
  /**
   * Writes `file` into `part`, continuing after the bytes `part` already holds when the source
   * can (HTTP Range); on return `part` holds the whole file as the source sent it (unverified).
   */
  download(file: BundleFile, part: string, signal: AbortSignal): Promise<void>;
}

export class SourceError extends Error {}

/** The source holds a file of another size than the pointer lists: altered, not merely cut off. */
export class SizeMismatch extends Error {}

/** Pointer and file requests time out on their own: a stalled LAN must not hang a kiosk's update. */
const POINTER_TIMEOUT_MS = 15_000;
const FILE_TIMEOUT_MS = 120_000;

function describe(err: unknown): string {
  if (err instanceof Error) {
    const cause = (err as Error & { cause?: { code?: string; message?: string } }).cause;
    if (err.name === 'TimeoutError') return 'timed out';
    return cause?.code ?? cause?.message ?? err.message;
  }
  return String(err);
}

export function httpSource(base: string, fetchImpl: typeof fetch = fetch): BundleSource {
  const root = base.endsWith('/') ? base : `${base}/`;
  const url = (rel: string) => new URL(rel, root).toString();
  return {
    where: root,
    async readPointer(etag, signal) {
      let response: Response;
      try {
        response = await fetchImpl(url(POINTER_FILE), {
          headers: etag ? { 'If-None-Match': etag } : {},
          signal: AbortSignal.any([signal, AbortSignal.timeout(POINTER_TIMEOUT_MS)]),
          cache: 'no-store',
        });
      } catch (err) {
        throw new SourceError(`${url(POINTER_FILE)} could not be reached (${describe(err)}).`);
      }
      if (response.status === 304) return { kind: 'same' };
      if (!response.ok)
        throw new SourceError(`${url(POINTER_FILE)} answered ${response.status} ${response.statusText}.`);
      return { kind: 'text', text: await response.text(), etag: response.headers.get('etag') };
    },
    async download(file, part, signal) {
      const have = (await stat(part).catch(() => null))?.size ?? 0;
      const start = have > 0 && have < file.size ? have : 0;
      let response: Response;
      try {
        response = await fetchImpl(url(bundlePath(file.sha256)), {
          headers: start > 0 ? { Range: `bytes=${start}-` } : {},
          signal: AbortSignal.any([signal, AbortSignal.timeout(FILE_TIMEOUT_MS)]),
        });
      } catch (err) {
        throw new SourceError(`${file.path} could not be downloaded (${describe(err)}).`);
      }
      if (response.status !== 200 && response.status !== 206) {
        throw new SourceError(`${file.path}: the server answered ${response.status} ${response.statusText}.`);
      }
      // A server that ignores Range sends the whole file again: start the part over.
      const append = response.status === 206 && start > 0;
      const total = append
        ? Number(/\/(\d+)$/.exec(response.headers.get('content-range') ?? '')?.[1] ?? NaN)
        : Number(response.headers.get('content-length') ?? NaN);
      if (Number.isFinite(total) && total !== file.size) {
        await response.body?.cancel();
        throw new SizeMismatch(
          `${file.path} on the server is ${total} bytes, not the ${file.size} latest.json lists.`,
        );
      }
      try {
        await pipeline(
          Readable.fromWeb(response.body as WebReadableStream<Uint8Array>),
          createWriteStream(part, { flags: append ? 'a' : 'w' }),
        );
      } catch (err) {
        throw new SourceError(
          `${file.path}: the download broke off (${describe(err)}); it resumes next time.`,
        );
      }
    },
  };
}

/** A bundle folder: a USB stick or a share. The pointer's "etag" is its size and modification time. */
export function folderSource(dir: string): BundleSource {
  return {
    where: dir,
    async readPointer(etag) {
      const file = path.join(dir, POINTER_FILE);
      const info = await stat(file).catch(() => null);
      if (!info) throw new SourceError(`${file} is not there.`);
      const tag = `${info.size}-${info.mtimeMs}`;
      if (tag === etag) return { kind: 'same' };
      return { kind: 'text', text: await readFile(file, 'utf8'), etag: tag };
    },
    async download(file, part) {
      const from = path.join(dir, bundlePath(file.sha256));
      const size = (await stat(from).catch(() => null))?.size;
      if (size !== undefined && size !== file.size) {
        throw new SizeMismatch(
          `${file.path} in ${dir} is ${size} bytes, not the ${file.size} latest.json lists.`,
        );
      }
      try {
        await copyFile(from, part);
      } catch (err) {
        throw new SourceError(`${file.path} could not be copied from ${dir} (${describe(err)}).`);
      }
    },
  };
}
