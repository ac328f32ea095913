import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDerivatives } from '../../../../../electron/node/images/pipeline';
import type { PipelineOptions } from '../../../../../electron/node/images/types';
import { derivativesOf } from './derivatives-of';

const FAMILIES = { indigo: '#223a66', 'putih-alam': '#efe5cf' };
let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'images-cache-'));
  await sharp({ create: { width: 2400, height: 1200, channels: 3, background: '#223a66' } })
    .jpeg()
    .toFile(join(root, 'a.jpg'));
  await sharp({ create: { width: 300, height: 200, channels: 3, background: '#efe5cf' } })
    .jpeg()
    .toFile(join(root, 'b.jpg'));
});

afterEach(() => rm(root, { recursive: true, force: true }));

const jobs = () => [
  { id: 'a', source: join(root, 'a.jpg') },
  { id: 'b', source: join(root, 'b.jpg') },
];
const options = (out: string): PipelineOptions => ({
  outDir: join(root, out),
  cacheDir: join(root, 'cache'),
  colourFamilies: FAMILIES,
});

/**
 * Cache entries (one folder per rendered image) with their folders' inodes: a render is published
 * by renaming a new folder into place, while a later build may rewrite only `entry.json` (stamps).
 */
async function cacheEntries(): Promise<Map<string, number>> {
  const entries = new Map<string, number>();
  for (const prefix of await readdir(join(root, 'cache'), { withFileTypes: true })) {
    if (!prefix.isDirectory()) continue; // the source-hash memo
    for (const key of await readdir(join(root, 'cache', prefix.name))) {
      entries.set(key, (await stat(join(root, 'cache', prefix.name, key))).ino);
    }
  }
  return entries;
}

describe('derivative cache', () => {
  it('renders nothing on a second build of unchanged images and hard-links the same files', async () => {
    const first = await buildDerivatives(jobs(), options('out1'));
    const before = await cacheEntries();
    const second = await buildDerivatives(jobs(), options('out2'));
    expect(await cacheEntries()).toEqual(before);
    expect(second).toEqual(first);
    const a = derivativesOf(second, 'a');
    for (const path of [a.display, a.tiles!, a.thumbs['256']!]) {
      const [one, two] = await Promise.all([stat(join(root, 'out1', path)), stat(join(root, 'out2', path))]);
      expect(two.ino).toBe(one.ino);
    }
    const tiles = join(root, 'out2', a.tiles!.replace(/\.dzi$/, '_files'));
    expect((await readdir(tiles)).length).toBeGreaterThan(5);
  });

  it('re-renders only the image whose bytes changed, under a new name', async () => {
    const first = await buildDerivatives(jobs(), options('out1'));
    const before = await cacheEntries();
    await sharp({ create: { width: 300, height: 200, channels: 3, background: '#223a66' } })
      .jpeg()
      .toFile(join(root, 'b.jpg'));
    const second = await buildDerivatives(jobs(), options('out2'));
    const after = await cacheEntries();
    expect(after.size).toBe(before.size + 1);
    for (const [key, mtime] of before) expect(after.get(key)).toBe(mtime);
    expect(derivativesOf(second, 'a')).toEqual(derivativesOf(first, 'a'));
    expect(derivativesOf(second, 'b').display).not.toBe(derivativesOf(first, 'b').display);
    expect(derivativesOf(second, 'b').palette[0]!.family).toBe('indigo');
  });

  it('renders identical bytes under two ids once', async () => {
    const twins = [...jobs(), { id: 'a-copy', source: join(root, 'a.jpg') }];
    const result = await buildDerivatives(twins, options('out1'));
    // a's screen renders and its tiles, b's screen renders (too small for tiles).
    expect((await cacheEntries()).size).toBe(3);
    expect(derivativesOf(result, 'a-copy').display).toMatch(/^media\/a-copy-/);
  });

  it('keys screen renders on the colour families, and tile sets on the bytes alone', async () => {
    await buildDerivatives(jobs(), options('out1'));
    const before = await cacheEntries();
    expect(before.size).toBe(3);
    const noTiles = await buildDerivatives(jobs(), { ...options('out2'), tiles: false });
    expect(await cacheEntries()).toEqual(before);
    expect(derivativesOf(noTiles, 'a').tiles).toBeUndefined();
    const recoloured = await buildDerivatives(jobs(), {
      ...options('out3'),
      colourFamilies: { ...FAMILIES, soga: '#8a5a2b' },
    });
    // Two new screen entries; the tile set is linked again, not made again.
    expect((await cacheEntries()).size).toBe(5);
    expect(derivativesOf(recoloured, 'a').tiles).toBeTruthy();
  });

  it('ignores a half-written cache entry left by an interrupted build', async () => {
    await buildDerivatives(jobs(), options('out1'));
    const [key] = [...(await cacheEntries()).keys()];
    await writeFile(join(root, 'cache', key!.slice(0, 2), key!, 'entry.json'), '{"trunc');
    const result = await buildDerivatives(jobs(), options('out2'));
    expect(derivativesOf(result, 'a').display).toBeTruthy();
    expect(derivativesOf(result, 'b').display).toBeTruthy();
  });

  it('reports progress for every job', async () => {
    const seen: [number, number][] = [];
    await buildDerivatives(jobs(), {
      ...options('out1'),
      onProgress: (done, total) => seen.push([done, total]),
    });
    expect(seen).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });
});
