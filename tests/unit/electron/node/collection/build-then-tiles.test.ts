import { writeFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BuildResult } from '../../../../../electron/node/collection/build';
import { buildThenTiles } from '../../../../../electron/node/collection/build-then-tiles';
import type { MotifRecord, PieceRecord } from '../../../../../electron/shared/collection-records';
import { makeMinCollection, removeCollection, writeImage } from '../../../support/fixture-helper';
import { recordsOf } from './fake-pipeline';

let source: string;
let out: string;

/** The fixture's six images, each large enough for deep zoom and each with bytes of its own. */
const LARGE = [
  ['pieces/jlamprang-tulis/full.png', '#2b3a67'],
  ['pieces/jlamprang-tulis/detail.png', '#f3ead8'],
  ['pieces/kawung-cap/full.png', '#8a5a2b'],
  ['pieces/kawung-print/full.png', '#6b4a2b'],
  ['motifs/jlamprang/drawing.png', '#3b4a77'],
  ['motifs/kawung/drawing.png', '#9a6a3b'],
] as const;

beforeEach(async () => {
  source = await makeMinCollection();
  await Promise.all(LARGE.map(([file, colour]) => writeImage(path.join(source, file), colour, 1800, 1000)));
  out = await mkdtemp(path.join(tmpdir(), 'collection-out-'));
});
afterEach(async () => {
  await removeCollection(source);
  await rm(out, { recursive: true, force: true });
});

async function mediaOf(dir: string) {
  const pieces = await recordsOf<PieceRecord>(dir, 'pieces');
  const motifs = await recordsOf<MotifRecord>(dir, 'motifs');
  return [...pieces, ...motifs].flatMap((record) => record.media);
}

describe('buildThenTiles: live first, deep-zoom tiles after', () => {
  it('goes live without tiles, then publishes a build that has every tile set', async () => {
    const early: BuildResult[] = [];
    const result = await buildThenTiles(
      { source, out },
      { onLive: (r) => early.push(r), shouldStop: () => false },
    );

    expect(early).toHaveLength(1);
    expect(early[0]!.ok).toBe(true);
    expect(early[0]!.pendingTiles.map((p) => p.job.id).sort()).toEqual([
      'motifs-jlamprang-detail',
      'motifs-kawung-detail',
      'pieces-jlamprang-tulis-detail',
      'pieces-jlamprang-tulis-full',
      'pieces-kawung-cap-full',
      'pieces-kawung-print-full',
    ]);
    const before = await mediaOf(early[0]!.outDir!);
    expect(before.every((m) => m.tiles === undefined)).toBe(true);

    expect(result.ok).toBe(true);
    expect(result.pendingTiles).toEqual([]);
    expect(result.version).not.toBe(early[0]!.version);
    const after = await mediaOf(result.outDir!);
    expect(after).toHaveLength(6);
    for (const media of after) {
      expect(media.tiles).toMatch(/\.dzi$/);
      // The display image keeps its name: the viewer swaps only the deep-zoom source.
      expect(before.find((m) => m.id === media.id)?.display).toBe(media.display);
      const levels = await readdir(path.join(result.outDir!, media.tiles!.replace(/\.dzi$/, '_files')));
      expect(levels.length).toBeGreaterThan(5);
    }
  });

  it('gives way when asked: no tile is started, and the tiles still missing stay listed', async () => {
    let stop = false;
    const early: BuildResult[] = [];
    const result = await buildThenTiles(
      { source, out },
      {
        onLive: (r) => {
          early.push(r);
          stop = true;
        },
        shouldStop: () => stop,
      },
    );
    expect(early).toHaveLength(1);
    expect(result.ok).toBe(true);
    expect(result.pendingTiles).toHaveLength(6);
    expect((await mediaOf(result.outDir!)).every((m) => m.tiles === undefined)).toBe(true);

    // The next build carries on where this one stopped, and needs no early switch for cached tiles.
    const next = await buildThenTiles({ source, out }, { onLive: () => undefined, shouldStop: () => false });
    expect(next.pendingTiles).toEqual([]);
    expect((await mediaOf(next.outDir!)).every((m) => m.tiles !== undefined)).toBe(true);
  });

  it('builds in one pass, without an early switch, when every tile set is cached already', async () => {
    await buildThenTiles({ source, out }, { onLive: () => undefined, shouldStop: () => false });
    const early: BuildResult[] = [];
    const again = await buildThenTiles(
      { source, out },
      { onLive: (r) => early.push(r), shouldStop: () => false },
    );
    expect(early).toEqual([]);
    expect(again.pendingTiles).toEqual([]);
  });

  // Ending at all shows it is not retried in a loop.
  it('names a picture whose tiles could not be made in a warning, and does not try it again', async () => {
    const broken = path.join(source, 'motifs/kawung/drawing.png');
    const result = await buildThenTiles(
      { source, out },
      {
        // Between the early build and its tiles, the file stops being a picture.
        onLive: () => writeFileSync(broken, 'not a picture any more'),
        shouldStop: () => false,
      },
    );
    expect(result.warnings).toContainEqual(
      expect.objectContaining({
        kind: 'no-deep-zoom',
        file: 'motifs/kawung/drawing.png',
        severity: 'warning',
      }),
    );
  });
});
