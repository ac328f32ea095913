import { mkdir, mkdtemp, readdir, readFile, rm, stat, truncate, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanRenderLeftovers } from '../../../../../electron/node/images/cache-leftovers';
import { buildDerivatives } from '../../../../../electron/node/images/pipeline';
import type { PipelineOptions } from '../../../../../electron/node/images/types';
import { derivativesOf } from './derivatives-of';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'images-cache-integrity-'));
  await sharp({ create: { width: 2400, height: 1200, channels: 3, background: '#223a66' } })
    .jpeg()
    .toFile(join(root, 'a.jpg'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

const jobs = () => [{ id: 'a', source: join(root, 'a.jpg') }];
const options = (out: string): PipelineOptions => ({
  outDir: join(root, out),
  cacheDir: join(root, 'cache'),
  colourFamilies: { indigo: '#223a66' },
});

/** The cache entry folder of the image's screen renders, or of its deep-zoom tiles. */
async function entryDir(kind: 'screen' | 'tiles' = 'screen'): Promise<string> {
  const marker = kind === 'screen' ? 'display.webp' : 'tiles.dzi';
  for (const prefix of await readdir(join(root, 'cache'))) {
    for (const key of await readdir(join(root, 'cache', prefix))) {
      if (key.includes('.tmp-')) continue;
      const dir = join(root, 'cache', prefix, key);
      if ((await readdir(dir)).includes(marker)) return dir;
    }
  }
  throw new Error(`no ${kind} entry in the cache`);
}

/** A tile of the cached render (the deepest level's first file). */
async function aTile(dir: string): Promise<string> {
  const levels = (await readdir(join(dir, 'tiles_files'))).map(Number).sort((a, b) => b - a);
  const level = join(dir, 'tiles_files', String(levels[0]));
  return join(level, (await readdir(level))[0]!);
}

describe('derivative cache entries are verified before they are linked again', () => {
  it('keeps the size and SHA-256 of every file in entry.json', async () => {
    await buildDerivatives(jobs(), options('out1'));
    const entry = JSON.parse(await readFile(join(await entryDir(), 'entry.json'), 'utf8'));
    expect(entry.files['display.webp']).toMatchObject({
      size: expect.any(Number),
      sha256: expect.any(String),
    });
    const tiles = JSON.parse(await readFile(join(await entryDir('tiles'), 'entry.json'), 'utf8'));
    expect(Object.keys(tiles.files).some((f) => f.startsWith('tiles_files/'))).toBe(true);
  });

  it('renders again when a linked output was overwritten in place, and the new build gets good files', async () => {
    const first = derivativesOf(await buildDerivatives(jobs(), options('out1')), 'a');
    const served = join(root, 'out1', first.display);
    const size = (await stat(served)).size;
    // Damage through the build folder: the cache holds the same file (a hard link).
    await writeFile(served, Buffer.alloc(size, 7));

    const second = derivativesOf(await buildDerivatives(jobs(), options('out2')), 'a');
    const repaired = join(root, 'out2', second.display);
    expect((await stat(repaired)).ino).not.toBe((await stat(served)).ino);
    expect((await sharp(repaired).metadata()).format).toBe('webp');
    expect((await readFile(join(await entryDir(), 'display.webp'))).equals(await readFile(repaired))).toBe(
      true,
    );
  });

  it('renders again when a tile was truncated or deleted', async () => {
    await buildDerivatives(jobs(), options('out1'));
    const tile = await aTile(await entryDir('tiles'));
    await truncate(tile, 3);
    const again = derivativesOf(await buildDerivatives(jobs(), options('out2')), 'a');
    expect((await stat(await aTile(await entryDir('tiles')))).size).toBeGreaterThan(3);

    await rm(await aTile(await entryDir('tiles')));
    await buildDerivatives(jobs(), options('out3'));
    const restored = await aTile(await entryDir('tiles'));
    expect((await stat(restored)).size).toBeGreaterThan(3);
    expect(again.tiles).toBeTruthy();
  });

  it('takes an entry written before digests were kept as it is, and adds them', async () => {
    await buildDerivatives(jobs(), options('out1'));
    const file = join(await entryDir(), 'entry.json');
    const { files: _files, ...legacy } = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, JSON.stringify(legacy));
    const old = new Date('2020-01-01T00:00:00Z');
    await utimes(join(await entryDir(), 'display.webp'), old, old);

    await buildDerivatives(jobs(), options('out2'));
    // Not rendered again (the display file is the same one), but the digests are there now.
    expect((await stat(join(await entryDir(), 'display.webp'))).mtime).toEqual(old);
    expect(JSON.parse(await readFile(file, 'utf8')).files['display.webp'].size).toBeGreaterThan(0);
  });
});

describe('stamps: a later build trusts files stat finds unchanged since they were last hashed', () => {
  /** Puts the mtime of every file of the entry two minutes back, as after a build long ago. */
  async function age(dir: string): Promise<void> {
    const old = new Date(Date.now() - 120_000);
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) await utimes(join(entry.parentPath, entry.name), old, old);
    }
  }

  it('hashes what is not stamped once and stamps it; then an in-place change is still found by its new mtime', async () => {
    await buildDerivatives(jobs(), options('out1'));
    const dir = await entryDir();
    // Aged: every file is now old enough to stamp, but its stamp no longer matches (mtime moved).
    await age(dir);
    await buildDerivatives(jobs(), options('out3'));
    const stamped = JSON.parse(await readFile(join(dir, 'entry.json'), 'utf8'));
    expect(Object.keys(stamped.stamps).sort()).toEqual(Object.keys(stamped.files).sort());
    expect(stamped.stamps['display.webp']).toMatchObject({ size: stamped.files['display.webp'].size });

    const display = join(dir, 'display.webp');
    const size = (await stat(display)).size;
    await writeFile(display, Buffer.alloc(size, 7));
    const again = derivativesOf(await buildDerivatives(jobs(), options('out4')), 'a');
    expect((await sharp(join(root, 'out4', again.display)).metadata()).format).toBe('webp');
  });

  it("stamps the screen sizes of a run's renders at its end, though they are always too fresh when written", async () => {
    const colours = ['#8a5a2b', '#2b8a5a', '#5a2b8a'];
    const more = colours.map((colour, i) => ({ id: `p${i}`, source: join(root, `p${i}.jpg`), colour }));
    for (const { source, colour } of more) {
      await sharp({ create: { width: 2400, height: 1200, channels: 3, background: colour } })
        .jpeg()
        .toFile(source);
    }
    await buildDerivatives([...jobs(), ...more.map(({ id, source }) => ({ id, source }))], options('out1'));
    const screens: { files: Record<string, unknown>; stamps: Record<string, unknown> }[] = [];
    for (const prefix of await readdir(join(root, 'cache'), { withFileTypes: true })) {
      if (!prefix.isDirectory()) continue;
      for (const key of await readdir(join(root, 'cache', prefix.name))) {
        const dir = join(root, 'cache', prefix.name, key);
        if ((await readdir(dir)).includes('display.webp'))
          screens.push(JSON.parse(await readFile(join(dir, 'entry.json'), 'utf8')));
      }
    }
    expect(screens).toHaveLength(4);
    // The display size is written last, milliseconds before its digest: never stamped then. Every
    // render but the last ones finished long before the run did, and was stamped at its end.
    const whole = screens.filter((e) => Object.keys(e.files).every((file) => file in e.stamps));
    expect(whole.length).toBeGreaterThanOrEqual(1);
  });

  it('trusts an unchanged stamp without reading the bytes (the documented limit: an mtime put back)', async () => {
    await buildDerivatives(jobs(), options('out1'));
    const dir = await entryDir();
    await age(dir);
    await buildDerivatives(jobs(), options('out2'));
    const display = join(dir, 'display.webp');
    const { size, mtime } = await stat(display);
    await writeFile(display, Buffer.alloc(size, 7));
    await utimes(display, mtime, mtime);
    const trusted = derivativesOf(await buildDerivatives(jobs(), options('out3')), 'a');
    // Linked as it is: the build read no byte of it. `collection check` would.
    expect((await readFile(join(root, 'out3', trusted.display))).equals(Buffer.alloc(size, 7))).toBe(true);
  });
});

describe('render folders left by interrupted builds', () => {
  it('are deleted when their process is gone, and kept while it runs', async () => {
    await buildDerivatives(jobs(), options('out1'));
    const prefix = join(root, 'cache', 'ab');
    await mkdir(prefix, { recursive: true });
    const dead = join(prefix, `${'ab'.repeat(32)}.tmp-999999999-5d1c0c1e`);
    const legacy = join(prefix, `${'ab'.repeat(32)}.tmp-5d1c0c1e-aaaa-4bbb-8ccc-123456789abc`);
    const running = join(prefix, `${'cd'.repeat(32)}.tmp-${process.ppid}-0a1b2c3d`);
    for (const dir of [dead, legacy, running]) await mkdir(join(dir, 'tiles_files'), { recursive: true });

    expect(await cleanRenderLeftovers(join(root, 'cache'))).toBe(2);
    expect(await readdir(prefix)).toEqual([`${'cd'.repeat(32)}.tmp-${process.ppid}-0a1b2c3d`]);
    // The finished entry is untouched.
    expect(derivativesOf(await buildDerivatives(jobs(), options('out2')), 'a').display).toBeTruthy();
  });
});
