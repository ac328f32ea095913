import { readdir, rm, truncate } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { manifestOf } from './fake-pipeline';
import {
  expectNoDanglingReferences,
  holdBackSetup,
  liveRecords,
  type HoldBackSetup,
} from './hold-back-helper';

let c: HoldBackSetup;
beforeEach(async () => {
  c = await holdBackSetup();
});
afterEach(async () => {
  await c.cleanup();
});

const KAWUNG_CAP = 'pieces/kawung-cap/piece.yaml';
const dropIndonesianTitle = (text: string) =>
  text.replace(
    'title: { id: Sarung kawung cap, en: Stamped kawung sarong }',
    'title: { en: Stamped kawung sarong }',
  );

describe('records that depend on a held-back record', () => {
  it('holds back pieces that use a new motif that is itself held back, and drops links to it', async () => {
    const good = await c.build();
    // A new motif whose Indonesian name is missing...
    await c.copy('motifs/kawung', 'motifs/parang');
    await c.edit('motifs/parang/motif.yaml', (t) =>
      t.replace('name: { id: Kawung, en: Kawung }', 'name: { en: Parang }'),
    );
    // ...used by an existing piece, by a new piece, and linked from a good motif.
    await c.edit('pieces/kawung-print/piece.yaml', (t) =>
      t.replace('  - motif: kawung\n', '  - motif: kawung\n  - motif: parang\n'),
    );
    await c.copy('pieces/kawung-print', 'pieces/parang-baru');
    await c.edit('pieces/parang-baru/piece.yaml', (t) => t.replace('UJI.0003', 'UJI.0009'));
    await c.edit('motifs/kawung/motif.yaml', (t) =>
      t.replace('related: [jlamprang]', 'related: [jlamprang, parang]'),
    );

    const result = await c.build();
    expect(result.ok).toBe(true);
    const dependency = (id: string) =>
      expect.objectContaining({
        file: `pieces/${id}/piece.yaml`,
        field: 'motifs[1].motif',
        line: 9,
        kind: 'held-back-dependency',
        message: expect.stringContaining('"parang"'),
      });
    expect(result.heldBack).toEqual([
      {
        kind: 'motifs',
        id: 'parang',
        previousKept: false,
        problems: [expect.objectContaining({ file: 'motifs/parang/motif.yaml', field: 'name.id' })],
      },
      {
        kind: 'pieces',
        id: 'kawung-print',
        previousKept: true,
        problems: [dependency('kawung-print')],
      },
      { kind: 'pieces', id: 'parang-baru', previousKept: false, problems: [dependency('parang-baru')] },
    ]);
    const { pieces, motifs } = await liveRecords(result.outDir!);
    expect([...motifs.keys()]).toEqual(['jlamprang', 'kawung']);
    expect(motifs.get('kawung')!.related).toEqual(['jlamprang']);
    expect(pieces.get('kawung-print')).toEqual((await liveRecords(good.outDir!)).pieces.get('kawung-print'));
    expect(pieces.has('parang-baru')).toBe(false);
    await expectNoDanglingReferences(result.outDir!);
    // The dependency is the build's knock-on, not a mistake of its own: the check names only the motif.
    expect(result.errors.map((e) => e.file)).toEqual(['motifs/parang/motif.yaml']);
  });

  it('leaves out a last good version that uses a term the collection no longer has', async () => {
    await c.build();
    await c.edit(KAWUNG_CAP, dropIndonesianTitle);
    await c.edit('terms/dye.yaml', (t) =>
      t.replace('  soga:\n    label: { id: Soga, en: Soga }\n    parent: alami\n', ''),
    );
    const result = await c.build();
    expect(result.ok).toBe(true);
    expect(result.heldBack).toEqual([
      expect.objectContaining({
        id: 'kawung-cap',
        previousKept: false,
        problems: expect.arrayContaining([
          expect.objectContaining({ field: 'title.id', kind: 'required' }),
          expect.objectContaining({
            field: 'dyes[0]',
            kind: 'previous-version-unusable',
            message: expect.stringContaining('"soga", which is no longer in terms/dye.yaml'),
          }),
        ]),
      }),
    ]);
    expect([...(await liveRecords(result.outDir!)).pieces.keys()]).toEqual([
      'jlamprang-tulis',
      'kawung-print',
    ]);
    await expectNoDanglingReferences(result.outDir!);
  });

  it('keeps the live piece and holds back a new copy that took its accession number', async () => {
    await c.build();
    await c.edit(KAWUNG_CAP, dropIndonesianTitle);
    // A copied folder that sorts first and still carries the original's number.
    await c.copy('pieces/kawung-cap', 'pieces/aaa-kawung');
    await c.edit('pieces/aaa-kawung/piece.yaml', (t) =>
      t.replace('title: { en: Stamped kawung sarong }', 'title: { id: Salinan }'),
    );
    const result = await c.build();
    expect(result.ok).toBe(true);
    expect(result.heldBack).toEqual([
      {
        kind: 'pieces',
        id: 'aaa-kawung',
        previousKept: false,
        problems: [
          expect.objectContaining({
            file: 'pieces/aaa-kawung/piece.yaml',
            field: 'accession',
            line: 1,
            kind: 'duplicate-accession',
          }),
        ],
      },
      expect.objectContaining({ id: 'kawung-cap', previousKept: true }),
    ]);
    const { pieces } = await liveRecords(result.outDir!);
    expect([...pieces.keys()]).toEqual(['jlamprang-tulis', 'kawung-cap', 'kawung-print']);
    expect(pieces.get('kawung-cap')!.accession).toBe('UJI.0002');
  });
});

describe('held-back records without a usable previous build', () => {
  it('leaves a broken piece out when the live build folder is gone', async () => {
    const good = await c.build();
    await rm(good.outDir!, { recursive: true });
    await c.edit(KAWUNG_CAP, dropIndonesianTitle);
    const result = await c.build();
    expect(result.ok).toBe(true);
    expect(result.heldBack).toEqual([
      {
        kind: 'pieces',
        id: 'kawung-cap',
        previousKept: false,
        problems: [expect.objectContaining({ field: 'title.id' })],
      },
    ]);
    expect([...(await liveRecords(result.outDir!)).pieces.keys()]).toEqual([
      'jlamprang-tulis',
      'kawung-print',
    ]);
  });

  it('reuses nothing from a live build whose records chunk is damaged', async () => {
    const good = await c.build();
    const chunk = (await manifestOf(good.outDir!)).chunks.find((x) => x.kind === 'pieces')!;
    await truncate(path.join(good.outDir!, chunk.file), 40);
    await c.edit(KAWUNG_CAP, dropIndonesianTitle);
    const result = await c.build();
    expect(result.ok).toBe(true);
    // A build whose chunk does not match its hash is not a live build at all (see
    // servable-build.ts), so there is no last good version to keep: the piece waits like a new one.
    const [held] = result.heldBack;
    expect(held).toMatchObject({ id: 'kawung-cap', previousKept: false });
    expect(held!.problems.map((p) => p.kind)).not.toContain('previous-version-unusable');
    expect([...(await liveRecords(result.outDir!)).pieces.keys()]).toEqual([
      'jlamprang-tulis',
      'kawung-print',
    ]);
  });

  it('leaves out a last good version whose images are missing from the live build', async () => {
    const good = await c.build();
    const media = path.join(good.outDir!, 'media');
    for (const f of await readdir(media))
      if (f.startsWith('pieces-kawung-cap-full')) await rm(path.join(media, f), { recursive: true });
    await c.edit(KAWUNG_CAP, dropIndonesianTitle);
    const result = await c.build();
    expect(result.heldBack[0]).toMatchObject({ id: 'kawung-cap', previousKept: false });
    expect(result.heldBack[0]!.problems[1]).toMatchObject({
      kind: 'previous-version-unusable',
      field: 'media',
    });
    expect((await liveRecords(result.outDir!)).pieces.has('kawung-cap')).toBe(false);
  });
});
