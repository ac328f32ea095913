/**
 * Checks a downloaded chunk against the manifest. The compiler names each chunk by the first 16
 * hex digits of the SHA-256 of its file's bytes (`contentHash` over the UTF-8 text it writes), and
 * the manifest lists that hash; the same digest over the bytes received tells a whole chunk from a
 * truncated, damaged or stale one, whatever the HTTP cache or the disk did to it.
 */

/** A chunk whose bytes do not hash to what the manifest says. */
export class ChunkDamagedError extends Error {
  constructor(
    readonly file: string,
    readonly actual: string,
  ) {
    super(`${file}: its content does not match the manifest (hash ${actual})`);
    this.name = 'ChunkDamagedError';
  }
}

const HASH_HEX_DIGITS = 16;

/** The compiler's 16-hex-digit content hash of `bytes`, or null where Web Crypto is unavailable. */
export async function chunkHash(bytes: ArrayBuffer): Promise<string | null> {
  // `crypto.subtle` exists only in secure contexts: kiosk://, http://127.0.0.1 and https. A page
  // served some other way still syncs, relying on the record counts and ids checked after parsing.
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const byte of digest.subarray(0, HASH_HEX_DIGITS / 2)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/**
 * Runs `load`, and once more past the HTTP cache (`reload`) when what it got was damaged (it threw
 * {@link ChunkDamagedError}): a bad copy in the cache, where content-named files stay for good, or
 * on the host. A second damaged copy rejects with its error.
 */
export async function loadPastBadCopy<T>(load: (options: { reload?: boolean }) => Promise<T>): Promise<T> {
  try {
    return await load({});
  } catch (error) {
    if (!(error instanceof ChunkDamagedError)) throw error;
    return load({ reload: true });
  }
}

/** Throws {@link ChunkDamagedError} unless `bytes` hash to `expected`. */
export async function assertChunkHash(file: string, bytes: ArrayBuffer, expected: string): Promise<void> {
  const actual = await chunkHash(bytes);
  if (actual !== null && actual !== expected) throw new ChunkDamagedError(file, actual);
}
