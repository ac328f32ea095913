import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDerivatives, makeTiles } from '../../../../../electron/node/images/pipeline';
import type { PipelineOptions } from '../../../../../electron/node/images/types';
import { derivativesOf } from './derivatives-of';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'images-tiles-later-'));
  for (const [name, width] of [
    ['a.jpg', 2400],
    ['c.jpg', 2000],
    ['small.jpg', 300],
  ] as const) {
    await sharp({ create: { width, height: 1200, channels: 3, background: '#223a66' } })
      .jpeg()
      .toFile(join(root, name));
  }
});
afterEach(() => rm(root, { recursive: true, force: true }));

const job = (id: string) => ({ id, source: join(root, `${id}.jpg`) });
const jobs = () => [job('a'), job('c'), job('small')];
const options = (out: string): PipelineOptions => ({
  outDir: join(root, out),
  cacheDir: join(root, 'cache'),
  colourFamilies: { indigo: '#223a66' },
  tiles: 'cached',
});

describe("deep-zoom tiles made after the kiosk went live (tiles: 'cached')", () => {
  it('publishes screen renders at once and marks the large images as waiting for tiles', async () => {
    const result = await buildDerivatives(jobs(), options('out1'));
    expect(derivativesOf(result, 'a')).toMatchObject({ tilesPending: true });
    expect(derivativesOf(result, 'a').tiles).toBeUndefined();
    expect(derivativesOf(result, 'a').display).toMatch(/^media\/a-.*\.webp$/);
    // Too small for deep zoom: nothing is waiting.
    expect(derivativesOf(result, 'small').tilesPending).toBeUndefined();
    expect(await readdir(join(root, 'out1', 'media'))).not.toContain(expect.stringMatching(/_files$/));
  });

  it('links the tile sets makeTiles made, under the same display name', async () => {
    const first = await buildDerivatives(jobs(), options('out1'));
    const made = await makeTiles([job('a'), job('c')], { cacheDir: join(root, 'cache') });
    expect(made).toEqual(
      new Map([
        ['a', 'made'],
        ['c', 'made'],
      ]),
    );
    const second = await buildDerivatives(jobs(), options('out2'));
    const a = derivativesOf(second, 'a');
    expect(a.tilesPending).toBeUndefined();
    expect(a.tiles).toMatch(/\.dzi$/);
    expect(a.display).toBe(derivativesOf(first, 'a').display);
    const levels = await readdir(join(root, 'out2', a.tiles!.replace(/\.dzi$/, '_files')));
    expect(levels.length).toBeGreaterThan(5);
    // Asked again, nothing is made twice.
    expect(await makeTiles([job('a')], { cacheDir: join(root, 'cache') })).toEqual(
      new Map([['a', 'cached']]),
    );
  });

  it('starts no new image once asked to stop, and reports progress for those it made', async () => {
    // More images than image workers (at most 4), so some are still waiting when the stop comes.
    const many = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'];
    for (const [i, id] of many.entries()) {
      await sharp({ create: { width: 1700 + i * 10, height: 900, channels: 3, background: '#8a5a2b' } })
        .jpeg()
        .toFile(join(root, `${id}.jpg`));
    }
    const seen: number[] = [];
    let stop = false;
    const made = await makeTiles(many.map(job), {
      cacheDir: join(root, 'cache'),
      shouldStop: () => stop,
      onProgress: (done) => {
        seen.push(done);
        stop = true;
      },
    });
    // What was under way finished; nothing began after the first image was done.
    expect(made.size).toBeGreaterThanOrEqual(1);
    expect(made.size).toBeLessThan(many.length);
    expect([...made.values()].every((outcome) => outcome === 'made')).toBe(true);
    expect(seen.length).toBe(made.size);
    const rest = await makeTiles(many.map(job), { cacheDir: join(root, 'cache') });
    expect([...rest.values()].filter((o) => o === 'cached')).toHaveLength(made.size);
    expect([...rest.values()].filter((o) => o === 'made')).toHaveLength(many.length - made.size);
  });

  it("reports a source that cannot be read as that image's problem, and goes on with the others", async () => {
    const made = await makeTiles([{ id: 'gone', source: join(root, 'gone.jpg') }, job('a')], {
      cacheDir: join(root, 'cache'),
    });
    expect(made.get('gone')).toBeInstanceOf(Error);
    expect(made.get('a')).toBe('made');
  });
});
