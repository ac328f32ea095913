/**
 * What the first page load must download, from the built index.html: its module script plus every
 * `modulepreload` Vite put there (Vite lists the entry's whole static import graph). Everything else
 * under assets/ is loaded on demand (lazy screens, the zoom viewer, the search worker).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

interface ChunkSize {
  file: string;
  gzipKB: number;
}

export interface InitialJs {
  initialJsGzipKB: number;
  initialChunks: ChunkSize[];
  onDemandChunks: ChunkSize[];
}

const kb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;

/** gzip at zlib's default level, what a server or an HTTP cache would typically hold. */
export function gzipKB(file: string): number {
  return kb(gzipSync(readFileSync(file)).length);
}

export function initialJs(rendererRoot: string): InitialJs {
  const html = readFileSync(path.join(rendererRoot, 'index.html'), 'utf8');
  const referenced = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((match) => match[1].replace(/^\.?\//, ''));
  if (referenced.length === 0) throw new Error(`${rendererRoot}/index.html: no module script found`);
  const initial = new Set(referenced);
  const initialChunks = [...initial].map((file) => ({ file, gzipKB: gzipKB(path.join(rendererRoot, file)) }));
  const onDemandChunks = readdirSync(path.join(rendererRoot, 'assets'), { recursive: true, encoding: 'utf8' })
    .map((file) => `assets/${file}`)
    .filter((file) => file.endsWith('.js') && !initial.has(file))
    .map((file) => ({ file, gzipKB: gzipKB(path.join(rendererRoot, file)) }))
    .sort((a, b) => b.gzipKB - a.gzipKB);
  const total = initialChunks.reduce((sum, chunk) => sum + chunk.gzipKB, 0);
  return { initialJsGzipKB: Math.round(total * 10) / 10, initialChunks, onDemandChunks };
}
