import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCollection } from '../../../../../electron/node/collection/build';
import type { MotifRecord, PieceRecord } from '../../../../../electron/shared/collection-records';
import { fakeDerive } from '../../../support/fake-derive';
import { makeMinCollection, removeCollection } from '../../../support/fixture-helper';
import { recordsOf } from './fake-pipeline';
import { addRegions, editYaml, PIECE_REGIONS } from './region-fixture';

let source: string;
let out: string;
beforeEach(async () => {
  source = await makeMinCollection();
  out = await mkdtemp(path.join(tmpdir(), 'collection-out-'));
});
afterEach(async () => {
  await removeCollection(source);
  await rm(out, { recursive: true, force: true });
});

/** Builds with the stand-in pipeline (every image 1200 x 800 px) and returns the live records. */
async function build() {
  const result = await buildCollection({ source, out, tiles: false, derive: fakeDerive });
  expect(result.errors).toEqual([]);
  expect(result.ok).toBe(true);
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((r) => [r.id, r]));
  return {
    result,
    motifs: byId(await recordsOf<MotifRecord>(result.outDir!, 'motifs')),
    pieces: byId(await recordsOf<PieceRecord>(result.outDir!, 'pieces')),
  };
}

describe('regions in the compiled records', () => {
  it('are fractions of the image, labelled by the element and saying what it means', async () => {
    await addRegions(source);
    const { motifs } = await build();
    const kawung = motifs.get('kawung')!;
    expect(kawung.media[0]!.regions).toEqual([
      {
        kind: 'element',
        key: 'kawung/empat-bentuk-lonjong',
        label: { id: 'empat bentuk lonjong', en: 'four ovals' },
        about: { id: 'Empat arah mata angin.', en: 'The four directions.' },
        box: { x: 0.1, y: 0.125, width: 0.5, height: 0.5 },
      },
      {
        // No meaning written: no `about`. A polygon keeps its outline and gets its bounding box.
        kind: 'element',
        key: 'kawung/titik-pusat',
        label: { id: 'titik pusat', en: 'central point' },
        box: { x: 0.5, y: 0.5, width: 0.05, height: 0.075 },
        polygon: [
          [0.5, 0.5],
          [0.55, 0.5],
          [0.525, 0.575],
        ],
      },
    ]);
    // The motif page and search still read the elements as names.
    expect(kawung.elements).toEqual([
      { id: 'empat bentuk lonjong', en: 'four ovals' },
      { id: 'titik pusat', en: 'central point' },
    ]);
    expect(motifs.get('jlamprang')!.elements).toEqual([
      { id: 'bintang bersudut delapan', en: 'eight-pointed star' },
    ]);
  });

  it("take a part term's label and description, or the region's own label, and a motif's element on a piece", async () => {
    await addRegions(source);
    const { pieces } = await build();
    const regions = pieces.get('kawung-cap')!.media[0]!.regions!;
    expect(regions.map(({ kind, key, label, about }) => ({ kind, key, label, about }))).toEqual([
      {
        kind: 'part',
        key: 'kepala',
        label: { id: 'Kepala', en: 'Head panel' },
        about: { id: 'Bidang depan kain.', en: 'The panel worn at the front.' },
      },
      {
        kind: 'part',
        key: 'badan',
        label: { id: 'Badan sarung', en: 'Body of the sarong' },
        about: undefined,
      },
      {
        kind: 'element',
        key: 'kawung/titik-pusat',
        label: { id: 'titik pusat', en: 'central point' },
        about: undefined,
      },
    ]);
    expect(regions[1]!.box).toEqual({ x: 0.25, y: 0, width: 0.75, height: 1 });
    expect(regions[2]!.box).toEqual({ x: 0.3333, y: 0.375, width: 0.0334, height: 0.05 });
  });

  it('are left out of a record that has none', async () => {
    const { pieces, motifs } = await build();
    for (const record of [...pieces.values(), ...motifs.values()])
      for (const media of record.media) expect(media).not.toHaveProperty('regions');
  });

  it("change the record's hash when one moves, so the kiosk's sync rewrites the record", async () => {
    await addRegions(source);
    const before = (await build()).pieces.get('kawung-cap')!;
    const moved = PIECE_REGIONS.map((r, i) => (i === 0 ? { ...r, box: [0, 0, 310, 800] } : r));
    await editYaml(source, 'pieces/kawung-cap/piece.yaml', [[['media', 0, 'regions'], moved]]);
    const after = (await build()).pieces.get('kawung-cap')!;
    expect(after.media[0]!.regions![0]!.box.width).toBe(0.2583);
    expect(after.hash).not.toBe(before.hash);
    const { hash: _b, media: _mb, ...restBefore } = before;
    const { hash: _a, media: _ma, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
  });

  it('leave out a region outside the image while the record and its other regions go live', async () => {
    await addRegions(source);
    await editYaml(source, 'pieces/kawung-cap/piece.yaml', [
      [
        ['media', 0, 'regions', 1, 'box'],
        [300, 0, 901, 800],
      ],
    ]);
    const { result, pieces } = await build();
    expect(result.heldBack).toEqual([]);
    expect(result.warnings).toEqual([
      expect.objectContaining({
        file: 'pieces/kawung-cap/piece.yaml',
        field: 'media[0].regions[1].box',
        kind: 'region-outside-image',
      }),
    ]);
    const piece = pieces.get('kawung-cap')!;
    expect(piece.media[0]!.regions!.map((r) => r.key)).toEqual(['kepala', 'kawung/titik-pusat']);
  });

  it('leave out a region of the wrong shape the same way', async () => {
    await addRegions(source);
    await editYaml(source, 'pieces/kawung-cap/piece.yaml', [
      [
        ['media', 0, 'regions', 0, 'box'],
        [0, 0, 300],
      ],
    ]);
    const { result, pieces } = await build();
    expect(result.warnings.map((w) => `${w.kind} ${w.field}`)).toEqual([
      'invalid-region media[0].regions[0].box',
    ]);
    expect(pieces.get('kawung-cap')!.media[0]!.regions!.map((r) => r.key)).toEqual([
      'badan',
      'kawung/titik-pusat',
    ]);
  });
});
