import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A throwaway renderer build, compiled collection and a secret outside both, made per test file. */
export interface TempSite {
  base: string;
  rendererRoot: string;
  collectionRoot: string;
  /** Bytes 0..255 repeated, so any range's expected content is easy to compute. */
  audio: Uint8Array;
  secret: string;
  remove(): Promise<void>;
}

export const INDEX_HTML = '<!doctype html><title>Batik kiosk</title><div id="root"></div>';
export const VITE_JS = 'assets/index-B7x2kQ9a.js';
export const CHUNK = 'chunks/pieces-3f9a0c1d77.json';

export async function makeTempSite(): Promise<TempSite> {
  const base = await mkdtemp(path.join(tmpdir(), 'kiosk-server-'));
  const rendererRoot = path.join(base, 'renderer');
  const collectionRoot = path.join(base, 'collection');
  const outside = path.join(base, 'outside');
  const secret = 'TOP-SECRET-OUTSIDE-THE-ROOT';
  const audio = Uint8Array.from({ length: 1000 }, (_, i) => i % 256);

  const files: Record<string, string | Uint8Array> = {
    [path.join(rendererRoot, 'index.html')]: INDEX_HTML,
    [path.join(rendererRoot, VITE_JS)]: 'console.log("app")',
    [path.join(rendererRoot, 'assets/gradient.css')]: 'body{}',
    [path.join(rendererRoot, 'favicon.ico')]: new Uint8Array([0, 0, 1, 0]),
    [path.join(rendererRoot, 'fonts/inter.woff2')]: new Uint8Array([0x77, 0x4f, 0x46, 0x32]),
    [path.join(rendererRoot, 'server.ts')]: 'export const leaked = true;',
    [path.join(rendererRoot, '.env')]: `SECRET=${secret}`,
    [path.join(collectionRoot, 'manifest.json')]: '{"schema":1,"version":"v1"}',
    [path.join(collectionRoot, CHUNK)]: '[]',
    [path.join(collectionRoot, 'media/kawung-256.webp')]: new Uint8Array([0x52, 0x49, 0x46, 0x46]),
    [path.join(collectionRoot, 'tiles/kawung.dzi')]: '<?xml version="1.0"?><Image/>',
    [path.join(collectionRoot, 'audio/gamelan.mp3')]: audio,
    [path.join(collectionRoot, 'audio/empty.mp3')]: new Uint8Array(),
    [path.join(collectionRoot, '.hidden.json')]: `{"secret":"${secret}"}`,
    [path.join(collectionRoot, 'notes.exe')]: secret,
    [path.join(outside, 'secret.png')]: secret,
    [path.join(outside, 'secret.txt')]: secret,
  };
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
  // A folder whose name looks like a file: must never be answered as one.
  await mkdir(path.join(collectionRoot, 'folder.json'));
  // Planted symlinks: one file and one folder inside the collection that point outside it, and one
  // harmless link that stays inside.
  await symlink(path.join(outside, 'secret.png'), path.join(collectionRoot, 'media/escape.png'));
  await symlink(outside, path.join(collectionRoot, 'leak'));
  await symlink(
    path.join(collectionRoot, 'media/kawung-256.webp'),
    path.join(collectionRoot, 'media/alias.webp'),
  );

  return {
    base,
    rendererRoot,
    collectionRoot,
    audio,
    secret,
    remove: () => rm(base, { recursive: true, force: true }),
  };
}
