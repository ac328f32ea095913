import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The renderer's source folder. */
const RENDERER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../renderer');

/**
 * Renderer files whose names match `pattern`, relative to renderer/ (public/ is left out: it holds
 * image files such as the favicon, not code or styles).
 */
export function rendererFiles(pattern: RegExp, dir = RENDERER): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'public' ? [] : rendererFiles(pattern, full);
    return pattern.test(entry.name) ? [path.relative(RENDERER, full)] : [];
  });
}

export function readRendererFile(file: string): string {
  return readFileSync(path.join(RENDERER, file), 'utf8');
}
