import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { precompressFile, precompressTree } from '../../../../../electron/node/server/precompress';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kiosk-precompress-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const text = (n: number) =>
  Array.from({ length: n }, (_, i) => `{"id":"piece-${i}","title":"Kawung ${i}"}`).join(',');

describe('precompressFile', () => {
  it('writes .br and .gz siblings that decode to exactly the file', async () => {
    const file = path.join(dir, 'pieces-0123456789abcdef.json');
    const bytes = Buffer.from(`[${text(200)}]`);
    await writeFile(file, bytes);
    for (const effort of ['max', 'quick'] as const) {
      const written = await precompressFile(file, effort);
      expect(written.map((f) => path.basename(f))).toEqual([
        'pieces-0123456789abcdef.json.br',
        'pieces-0123456789abcdef.json.gz',
      ]);
      const br = await readFile(`${file}.br`);
      const gz = await readFile(`${file}.gz`);
      expect(brotliDecompressSync(br).equals(bytes)).toBe(true);
      expect(gunzipSync(gz).equals(bytes)).toBe(true);
      expect(br.length).toBeLessThan(bytes.length / 4);
    }
  });

  it('writes no sibling for a file too small to gain, and removes a stale one', async () => {
    const file = path.join(dir, 'manifest.json');
    await writeFile(file, '{"schema":1}');
    await writeFile(`${file}.br`, 'stale');
    expect(await precompressFile(file, 'max')).toEqual([]);
    expect(existsSync(`${file}.br`)).toBe(false);
    expect(existsSync(`${file}.gz`)).toBe(false);
  });

  it('writes no sibling when the bytes do not compress (random data)', async () => {
    const file = path.join(dir, 'noise.txt');
    await writeFile(file, randomBytes(4096));
    expect(await precompressFile(file, 'max')).toEqual([]);
  });
});

describe('precompressTree', () => {
  it('compresses every text file below the folder and leaves media alone', async () => {
    await mkdir(path.join(dir, 'assets'));
    const js = Buffer.from(`export const data = [${text(100)}];`);
    await writeFile(path.join(dir, 'assets/index-B7x2kQ9a.js'), js);
    await writeFile(path.join(dir, 'index.html'), `<!doctype html>${'<p>batik</p>'.repeat(200)}`);
    await writeFile(path.join(dir, 'assets/font-B7x2kQ9a.woff2'), Buffer.alloc(4096, 7));
    await writeFile(path.join(dir, 'assets/photo-B7x2kQ9a.webp'), Buffer.alloc(4096, 7));
    const written = (await precompressTree(dir, 'max')).map((file) => path.relative(dir, file)).sort();
    expect(written).toEqual([
      'assets/index-B7x2kQ9a.js.br',
      'assets/index-B7x2kQ9a.js.gz',
      'index.html.br',
      'index.html.gz',
    ]);
    expect(
      brotliDecompressSync(await readFile(path.join(dir, 'assets/index-B7x2kQ9a.js.br'))).equals(js),
    ).toBe(true);
  });
});
