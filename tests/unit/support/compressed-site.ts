import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { precompressFile } from '../../../electron/node/server/precompress';

/** A renderer build and a collection whose text files have their `.br`/`.gz` siblings, as built. */
export interface CompressedSite {
  rendererRoot: string;
  collectionRoot: string;
  /** The plain bytes of each served file, by URL path. */
  plain: Record<string, Buffer>;
  remove(): Promise<void>;
}

export const APP_JS = '/assets/index-B7x2kQ9a.js';
export const CHUNK_JSON = '/collection/chunks/pieces-3f9a0c1d77e2aa01.json';
export const MANIFEST = '/collection/manifest.json';
export const PHOTO = '/collection/media/kawung-3f9a0c1d-256.webp';
/** A text file with only a gzip sibling (as if brotli had not been written). */
export const GZIP_ONLY_CSS = '/assets/index-C1a2b3c4.css';

const records = (n: number) =>
  JSON.stringify(Array.from({ length: n }, (_, i) => ({ id: `kawung-${i}`, title: { id: `Kawung ${i}` } })));

export async function makeCompressedSite(): Promise<CompressedSite> {
  const base = await mkdtemp(path.join(tmpdir(), 'kiosk-compressed-'));
  const rendererRoot = path.join(base, 'renderer');
  const collectionRoot = path.join(base, 'collection');
  const outside = path.join(base, 'outside');
  const plain: Record<string, Buffer> = {
    '/index.html': Buffer.from(`<!doctype html><title>Batik kiosk</title>${'<p>batik</p>'.repeat(300)}`),
    [APP_JS]: Buffer.from(`export const screens = ${records(300)};`),
    [GZIP_ONLY_CSS]: Buffer.from('.card { color: #533; }\n'.repeat(200)),
    [MANIFEST]: Buffer.from(
      `${JSON.stringify({ schema: 1, version: 'v1', chunks: records(40) }, null, 2)}\n`,
    ),
    [CHUNK_JSON]: Buffer.from(records(500)),
    // Random-looking bytes stand in for a compressed image: it must never be sent encoded.
    [PHOTO]: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)),
  };
  const fileOf = (urlPath: string) =>
    urlPath.startsWith('/collection/')
      ? path.join(collectionRoot, urlPath.slice('/collection/'.length))
      : path.join(rendererRoot, urlPath.slice(1));
  for (const [urlPath, bytes] of Object.entries(plain)) {
    await mkdir(path.dirname(fileOf(urlPath)), { recursive: true });
    await writeFile(fileOf(urlPath), bytes);
    if (urlPath !== PHOTO) await precompressFile(fileOf(urlPath), 'quick', bytes);
  }
  await rm(`${fileOf(GZIP_ONLY_CSS)}.br`);
  // A sibling the server must ignore (media is never sent encoded), and one planted as a symlink
  // to a file outside the root (siblings are contained like any file).
  await writeFile(`${fileOf(PHOTO)}.br`, 'not an image');
  await mkdir(outside);
  await writeFile(path.join(outside, 'secret.br'), 'TOP-SECRET');
  await rm(`${fileOf(MANIFEST)}.br`);
  await symlink(path.join(outside, 'secret.br'), `${fileOf(MANIFEST)}.br`);
  return { rendererRoot, collectionRoot, plain, remove: () => rm(base, { recursive: true, force: true }) };
}
