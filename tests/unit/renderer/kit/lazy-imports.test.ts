import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const kitDir = fileURLToPath(new URL('../../../../renderer/kit', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/**
 * The initial bundle budget (200 KB gzipped) holds only if the heavy libraries are reached through
 * `import()`: one static value import anywhere in the kit would pull them into the first chunk.
 */
describe('heavy libraries stay lazily imported', () => {
  const files = sources(kitDir).map((file) => ({ file, text: readFileSync(file, 'utf8') }));

  for (const lib of ['openseadragon', 'qrcode']) {
    it(`${lib} is only imported dynamically or as types`, () => {
      const staticValueImport = new RegExp(`^\\s*import\\s+(?!type\\b)[^;]*from\\s+['"]${lib}['"]`, 'm');
      const offenders = files.filter(({ text }) => staticValueImport.test(text)).map(({ file }) => file);
      expect(offenders).toEqual([]);
      const dynamic = files.filter(({ text }) => text.includes(`import('${lib}')`));
      expect(dynamic.length).toBe(1);
    });
  }
});
