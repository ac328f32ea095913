import type { ChunkRef, CollectionManifest } from '../../electron/shared/collection-records';
import { assertChunkHash } from './chunk-digest';

/** Why the host could not give us a manifest. */
export type HostProblem = 'unreachable' | 'no-collection' | 'invalid';

export type ManifestResult =
  { ok: true; manifest: CollectionManifest } | { ok: false; problem: HostProblem; detail: string };

/** Where compiled collections come from: the app origin in production, a stub in unit tests. */
export interface CollectionSource {
  /**
   * Where an HTTP source reads from: the search worker fetches the shipped index from there itself
   * (shipped-search.ts), so that its text never passes through the page.
   */
  readonly url?: string;
  manifest(): Promise<ManifestResult>;
  /**
   * The records of one chunk file; rejects with a message naming the file on any failure, and with
   * a `ChunkDamagedError` when its bytes do not match the manifest's hash. `reload` asks past any
   * cache (the second try after a damaged copy).
   */
  chunk(ref: ChunkRef, options?: { reload?: boolean }): Promise<unknown[]>;
  /**
   * A text file of the collection folder (the shipped search index's files, which the caller checks
   * against their names); rejects with a message naming the file. Sources without it (unit-test
   * stubs) make the kiosk build its own index.
   */
  text?(file: string, options?: { reload?: boolean }): Promise<string>;
}

/** The verified bytes each parsed chunk came from (see `fetchedBytesOf`). */
const chunkBytes = new WeakMap<unknown[], ArrayBuffer>();

/**
 * The bytes a chunk's records were parsed from, when an HTTP source fetched them. The search worker
 * is sent these rather than the records: copying bytes to another thread is a memcpy, cloning 500
 * records a main-thread task of tens of milliseconds.
 */
export function fetchedBytesOf(records: unknown[]): ArrayBuffer | undefined {
  return chunkBytes.get(records);
}

/**
 * Reads `/collection/` relative to the page, which resolves the same way under `kiosk://app/` and
 * `http://127.0.0.1:PORT/`, so no origin is ever named in code.
 */
export function createHttpSource(
  base: string | URL = new URL('collection/', document.baseURI),
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): CollectionSource {
  const root = new URL(base);
  /**
   * A content-named file (chunks, the index's files), cached for good; `reload` skips a cached copy
   * that went bad. Rejects naming the file on an HTTP error.
   */
  const get = async (file: string, options: { reload?: boolean }) => {
    const response = await fetchImpl(new URL(file, root), options.reload ? { cache: 'reload' } : {});
    if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
    return response;
  };
  return {
    url: root.href,
    async manifest() {
      let response: Response;
      try {
        // no-store: the manifest is the one file that must never come from a cache.
        response = await fetchImpl(new URL('manifest.json', root), { cache: 'no-store' });
      } catch (error) {
        return { ok: false, problem: 'unreachable', detail: String(error) };
      }
      if (response.status === 404) {
        return { ok: false, problem: 'no-collection', detail: 'manifest.json: 404' };
      }
      if (!response.ok) {
        return { ok: false, problem: 'unreachable', detail: `manifest.json: HTTP ${response.status}` };
      }
      try {
        const body: unknown = await response.json();
        const problem = manifestProblem(body);
        if (problem) return { ok: false, problem: 'invalid', detail: `manifest.json: ${problem}` };
        return { ok: true, manifest: body as CollectionManifest };
      } catch (error) {
        return { ok: false, problem: 'invalid', detail: `manifest.json: ${String(error)}` };
      }
    },
    async chunk(ref, options = {}) {
      const bytes = await (await get(ref.file, options)).arrayBuffer();
      await assertChunkHash(ref.file, bytes, ref.hash);
      let body: unknown;
      try {
        body = JSON.parse(new TextDecoder().decode(bytes));
      } catch (error) {
        throw new Error(`${ref.file}: ${String(error)}`);
      }
      if (!Array.isArray(body)) throw new Error(`${ref.file}: expected a JSON array of ${ref.kind}`);
      chunkBytes.set(body, bytes);
      return body;
    },
    async text(file, options = {}) {
      return (await get(file, options)).text();
    },
  };
}

/** A short reason when `value` is not a usable manifest, else undefined. */
function manifestProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'not an object';
  const m = value as Partial<CollectionManifest>;
  if (typeof m.schema !== 'number') return 'field "schema" must be a number';
  if (typeof m.version !== 'string' || m.version === '') return 'field "version" must be a non-empty string';
  if (typeof m.counts !== 'object' || m.counts === null) return 'field "counts" is missing';
  if (!Array.isArray(m.chunks)) return 'field "chunks" must be an array';
  for (const [i, c] of m.chunks.entries()) {
    if (typeof c?.file !== 'string' || typeof c.hash !== 'string' || typeof c.count !== 'number') {
      return `chunks[${i}] needs "file", "hash" and "count"`;
    }
  }
  if (!Array.isArray(m.languages) || m.languages.length === 0) return 'field "languages" must list languages';
  return undefined;
}
