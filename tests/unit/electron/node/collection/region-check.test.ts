import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkCollection } from '../../../../../electron/node/collection/check';
import { makeMinCollection, removeCollection } from '../../../support/fixture-helper';
import { addRegions, editYaml } from './region-fixture';

let dir: string;
beforeEach(async () => {
  dir = await makeMinCollection();
  await addRegions(dir);
});
afterEach(async () => {
  await removeCollection(dir);
});

const MOTIF = 'motifs/kawung/motif.yaml';
const PIECE = 'pieces/kawung-cap/piece.yaml';

describe('regions that can be shown', () => {
  it('pass the check without errors or warnings', async () => {
    const report = await checkCollection(dir);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
  });
});

// One mistake per row: where it is written, the region (or whole `regions` value), then the
// warning expected at `media[0].regions[0]` + field, and words its message must contain.
const MISTAKES: [string, string, unknown, string, string, string][] = [
  [
    'an element key misspelt',
    MOTIF,
    { element: 'empat-bentuk-lonjng', box: [0, 0, 10, 10] },
    'element',
    'dangling-region',
    'Did you mean "empat-bentuk-lonjong"?',
  ],
  [
    'an element key misspelt on a piece image',
    PIECE,
    { element: 'kawung/titik-pusta', box: [0, 0, 10, 10] },
    'element',
    'dangling-region',
    'Did you mean "kawung/titik-pusat"?',
  ],
  [
    'a motif prefix on a motif image',
    MOTIF,
    { element: 'kawung/titik-pusat', box: [0, 0, 10, 10] },
    'element',
    'dangling-region',
    'write "titik-pusat"',
  ],
  [
    'a bare key on a piece image',
    PIECE,
    { element: 'titik-pusat', box: [0, 0, 10, 10] },
    'element',
    'dangling-region',
    'Did you mean "kawung/titik-pusat"?',
  ],
  [
    'an unknown motif',
    PIECE,
    { element: 'kawnug/titik-pusat', box: [0, 0, 10, 10] },
    'element',
    'dangling-region',
    'Did you mean "kawung"?',
  ],
  [
    'a motif the piece does not carry',
    PIECE,
    { element: 'jlamprang/bintang', box: [0, 0, 10, 10] },
    'element',
    'dangling-region',
    'does not list the motif "jlamprang"',
  ],
  [
    'an unknown part term',
    PIECE,
    { part: 'kepla', box: [0, 0, 10, 10] },
    'part',
    'dangling-region',
    'Did you mean "kepala"?',
  ],
  [
    'a box past the right edge',
    PIECE,
    { part: 'badan', box: [1000, 0, 300, 100] },
    'box',
    'region-outside-image',
    '1200 x 800 px',
  ],
  [
    'a box left of the image',
    MOTIF,
    { element: 'titik-pusat', box: [-5, 0, 30, 30] },
    'box',
    'region-outside-image',
    'start at 0',
  ],
  [
    'a polygon point below the image',
    MOTIF,
    {
      element: 'titik-pusat',
      polygon: [
        [0, 0],
        [10, 0],
        [5, 801],
      ],
    },
    'polygon[2]',
    'region-outside-image',
    '[5, 801]',
  ],
  [
    'a box of zero width',
    PIECE,
    { part: 'badan', box: [10, 10, 0, 50] },
    'box',
    'empty-region',
    'more than 0',
  ],
  [
    'a polygon on one line',
    MOTIF,
    {
      element: 'titik-pusat',
      polygon: [
        [0, 0],
        [10, 10],
        [20, 20],
      ],
    },
    'polygon',
    'empty-region',
    'no area',
  ],
  [
    'a box of three numbers',
    MOTIF,
    { element: 'titik-pusat', box: [1, 2, 3] },
    'box',
    'invalid-region',
    'four numbers',
  ],
  [
    'both an element and a part',
    PIECE,
    { element: 'kawung/titik-pusat', part: 'badan', box: [0, 0, 9, 9] },
    'part',
    'invalid-region',
    'not both',
  ],
  [
    'neither a box nor a polygon',
    PIECE,
    { part: 'badan' },
    'box',
    'invalid-region',
    'write "box:" or "polygon:"',
  ],
  [
    'a polygon of two points',
    MOTIF,
    {
      element: 'titik-pusat',
      polygon: [
        [0, 0],
        [10, 10],
      ],
    },
    'polygon',
    'invalid-region',
    'at least three points',
  ],
  [
    'a label without Indonesian',
    PIECE,
    { part: 'badan', box: [0, 0, 9, 9], label: { en: 'Body' } },
    'label.id',
    'invalid-region',
    '(id) is required',
  ],
];

describe('a region with a mistake is a warning that names file and field, never an error', () => {
  it.each(MISTAKES)('%s', async (_, file, region, field, kind, words) => {
    await editYaml(dir, file, [[['media', 0, 'regions', 0], region]]);
    const report = await checkCollection(dir);
    expect(report.errors).toEqual([]);
    const hit = report.warnings.find((w) => w.kind === kind);
    expect(hit, JSON.stringify(report.warnings, null, 1)).toMatchObject({
      file,
      field: `media[0].regions[0].${field}`,
      severity: 'warning',
    });
    expect(hit!.line).toBeGreaterThan(1);
    expect(hit!.message).toContain(words);
    expect(hit!.message).toContain('This region is left out');
    // The other regions of the same image are still fine: one warning for one mistake.
    expect(report.warnings.filter((w) => w.field.startsWith('media[0].regions['))).toHaveLength(1);
  });

  it('says a motif with elements of the old form has no keys to point at', async () => {
    await editYaml(dir, 'motifs/jlamprang/motif.yaml', [
      [['media', 0, 'regions'], [{ element: 'bintang-bersudut-delapan', box: [0, 0, 10, 10] }]],
    ]);
    const report = await checkCollection(dir);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([
      expect.objectContaining({
        file: 'motifs/jlamprang/motif.yaml',
        field: 'media[0].regions[0].element',
        kind: 'dangling-region',
        message: expect.stringContaining('have no keys yet') as string,
      }),
    ]);
  });

  it('leaves out a regions value that is not a list, with a warning on it', async () => {
    await editYaml(dir, PIECE, [[['media', 0, 'regions'], 'kepala']]);
    const report = await checkCollection(dir);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([
      expect.objectContaining({ file: PIECE, field: 'media[0].regions', kind: 'invalid-region' }),
    ]);
  });

  it('suggests the field a misspelt region key meant', async () => {
    const file = path.join(dir, MOTIF);
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace('element: titik-pusat', 'elemnt: titik-pusat'),
    );
    const report = await checkCollection(dir);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toContainEqual(
      expect.objectContaining({
        file: MOTIF,
        field: 'media[0].regions[1].elemnt',
        kind: 'unknown-field',
        message: expect.stringContaining('Did you mean "element"?') as string,
      }),
    );
  });

  it('still reports the errors of a file whose regions have mistakes', async () => {
    await editYaml(dir, PIECE, [
      [
        ['media', 0, 'regions', 0, 'box'],
        [1, 2],
      ],
      [['techniques'], 'cap'],
    ]);
    const report = await checkCollection(dir);
    expect(report.errors).toEqual([
      expect.objectContaining({ file: PIECE, field: 'techniques', kind: 'wrong-type' }),
    ]);
    expect(report.warnings).toContainEqual(
      expect.objectContaining({ file: PIECE, field: 'media[0].regions[0].box', kind: 'invalid-region' }),
    );
  });
});
