import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { isCompressible, SIBLING_SUFFIX } from './content-encoding';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Below this a compressed body saves less than one TCP packet, and a sibling is one more file to
 * hash and ship; the server sends such files as they are.
 */
const MIN_BYTES = 1024;

/**
 * Brotli quality: 11 (the maximum) for the renderer, built once per release; 6 for the collection,
 * rebuilt while a kiosk (or a fresh clone's first screen) waits. Measured on the sample's 415 KB
 * pieces chunk and 256 KB search pack (AMD EPYC VM, 2026-12-05): quality 9 took 102 and 127 ms, 6
 * took 5 and 8 ms for bodies 2.5% and 6% larger; over the sample's 24 text files 9 was 0.7 s of
 * a 13 s first build, written one after the other.
 */
export type Effort = 'max' | 'quick';
const BROTLI_QUALITY: Readonly<Record<Effort, number>> = { max: constants.BROTLI_MAX_QUALITY, quick: 6 };

/**
 * Writes `<file>.br` and `<file>.gz` next to a text file: this runs once per build, and every
 * visitor's download after that is the smaller for it. A sibling that would not be smaller than the
 * file is not written (and a stale one removed), so the server never sends more bytes encoded than
 * plain.
 *
 * @param bytes - the file's content when the caller has just written it (saves reading it back)
 * @returns the sibling paths written
 */
export async function precompressFile(file: string, effort: Effort, bytes?: Buffer): Promise<string[]> {
  const plain = bytes ?? (await readFile(file));
  const written: string[] = [];
  const variants: [string, () => Promise<Buffer>][] = [
    [
      SIBLING_SUFFIX.br,
      () =>
        brotli(plain, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY[effort],
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: plain.length,
          },
        }),
    ],
    [SIBLING_SUFFIX.gzip, () => gzipAsync(plain, { level: constants.Z_BEST_COMPRESSION })],
  ];
  for (const [suffix, compress] of variants) {
    const sibling = `${file}${suffix}`;
    const encoded = plain.length >= MIN_BYTES ? await compress() : null;
    if (encoded && encoded.length < plain.length) {
      await writeFile(sibling, encoded);
      written.push(sibling);
    } else {
      await rm(sibling, { force: true });
    }
  }
  return written;
}

/** {@link precompressFile} for every compressible file below `dir` (the renderer's build output). */
export async function precompressTree(dir: string, effort: Effort): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && isCompressible(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
  // zlib's async calls run on libuv's thread pool: all files at once use every core.
  const written = await Promise.all(files.map((file) => precompressFile(file, effort)));
  return written.flat();
}
