import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkCollection } from '../../../../../../electron/node/collection/check';
import { motifFileSchema, pieceFileSchema } from '../../../../../../electron/node/collection/schema/files';
import { makeMinCollection, removeCollection } from '../../../../support/fixture-helper';
import { editYaml } from '../region-fixture';

const motif = (elements: unknown, media: unknown[] = []) => ({
  name: { id: 'Kawung' },
  family: 'kawung',
  meaning: { id: 'Empat bentuk lonjong.' },
  elements,
  media,
});
const image = (regions: unknown) => ({ file: 'a.png', view: 'detail', alt: { id: 'Gambar' }, regions });

describe('the motif schema', () => {
  it('accepts keyed elements, with or without a meaning, beside elements of the old form', () => {
    const parsed = motifFileSchema.safeParse(
      motif([
        { key: 'empat-bentuk-lonjong', name: { id: 'empat bentuk lonjong', en: 'four ovals' } },
        { key: 'titik-pusat', name: { id: 'titik pusat' }, meaning: { id: 'Diri di tengah.' } },
        { id: 'bunga teratai (padma)', en: 'lotus flower (padma)' },
      ]),
    );
    expect(parsed.success).toBe(true);
  });

  it.each([
    ['a key that is not an id', [{ key: 'Empat Bentuk', name: { id: 'x' } }], ['elements', 0, 'key']],
    ['a keyed element without a name', [{ key: 'titik' }], ['elements', 0, 'name']],
    ['a name without Indonesian', [{ key: 'titik', name: { en: 'dot' } }], ['elements', 0, 'name', 'id']],
    ['an old-form element without Indonesian', [{ en: 'dot' }], ['elements', 0, 'id']],
    [
      'two elements with one key',
      [
        { key: 'titik', name: { id: 'titik' } },
        { key: 'titik', name: { id: 'titik lain' } },
      ],
      ['elements', 1, 'key'],
    ],
  ])('rejects %s', (_, elements, path) => {
    const parsed = motifFileSchema.safeParse(motif(elements));
    expect(parsed.success).toBe(false);
    // Through the union, as the check reports it (see validate.ts): the keyed form's own paths.
    const issue = parsed.error!.issues[0]!;
    const paths =
      issue.code === 'invalid_union'
        ? issue.errors.map((option) => option.map((inner) => [...issue.path, ...inner.path]))
        : [[issue.path]];
    expect(paths.flat()).toContainEqual(path);
  });

  it('accepts regions on any image, by box or polygon, with an optional label', () => {
    const regions = [
      { element: 'titik-pusat', box: [1, 2, 3, 4] },
      {
        part: 'kepala',
        polygon: [
          [0, 0],
          [10, 0],
          [5, 8],
        ],
        label: { id: 'Kepala kain' },
      },
    ];
    expect(motifFileSchema.safeParse(motif([], [image(regions)])).success).toBe(true);
    const piece = pieceFileSchema.shape.media.safeParse([
      image([{ element: 'kawung/titik', box: [0, 0, 1, 1] }]),
    ]);
    expect(piece.success).toBe(true);
  });

  it.each([
    ['no element or part', { box: [1, 2, 3, 4] }],
    ['both an element and a part', { element: 'a', part: 'b', box: [1, 2, 3, 4] }],
    ['no shape', { element: 'a' }],
    [
      'both a box and a polygon',
      {
        element: 'a',
        box: [1, 2, 3, 4],
        polygon: [
          [0, 0],
          [1, 0],
          [0, 1],
        ],
      },
    ],
    ['a box of five numbers', { element: 'a', box: [1, 2, 3, 4, 5] }],
    [
      'a polygon of two points',
      {
        element: 'a',
        polygon: [
          [0, 0],
          [1, 1],
        ],
      },
    ],
    [
      'a polygon point of three numbers',
      {
        element: 'a',
        polygon: [
          [0, 0, 0],
          [1, 1],
          [2, 0],
        ],
      },
    ],
    ['a coordinate written as text', { element: 'a', box: ['1', 2, 3, 4] }],
  ])('rejects a region with %s', (_, region) => {
    expect(motifFileSchema.safeParse(motif([], [image([region])])).success).toBe(false);
  });
});

describe('elements in the check', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await makeMinCollection();
  });
  afterEach(async () => {
    await removeCollection(dir);
  });

  it('reports a duplicate key as an error naming the file and the field', async () => {
    await editYaml(dir, 'motifs/kawung/motif.yaml', [
      [
        ['elements'],
        [
          { key: 'titik', name: { id: 'titik', en: 'dot' } },
          { key: 'titik', name: { id: 'titik pusat', en: 'central point' } },
        ],
      ],
    ]);
    const report = await checkCollection(dir);
    expect(report.errors).toEqual([
      expect.objectContaining({
        file: 'motifs/kawung/motif.yaml',
        field: 'elements[1].key',
        kind: 'duplicate-id',
        message: expect.stringContaining('also the key of elements[0]') as string,
      }),
    ]);
  });

  it('reports a keyed element through its own fields, not as a language map', async () => {
    await editYaml(dir, 'motifs/kawung/motif.yaml', [
      [['elements'], [{ key: 'titik', nmae: { id: 'titik', en: 'dot' } }, { id: 'lonjong' }]],
    ]);
    const report = await checkCollection(dir);
    expect(report.errors).toEqual([expect.objectContaining({ field: 'elements[0].name', kind: 'required' })]);
    // The typo gets its suggestion; the old-form element lacks English (an untranslated warning),
    // and neither `key` nor a language code is taken for something it is not.
    expect(report.warnings).toEqual([
      expect.objectContaining({
        field: 'elements[0].nmae',
        kind: 'unknown-field',
        message: expect.stringContaining('Did you mean "name"?') as string,
      }),
      expect.objectContaining({ field: 'elements[1].en', kind: 'untranslated' }),
    ]);
  });

  it('warns about a keyed element missing a language in its name and meaning, by their paths', async () => {
    await editYaml(dir, 'motifs/kawung/motif.yaml', [
      [['elements'], [{ key: 'titik', name: { id: 'titik' }, meaning: { id: 'Pusat.', en: 'The centre.' } }]],
    ]);
    const report = await checkCollection(dir);
    expect(report.errors).toEqual([]);
    expect(report.warnings.map((w) => `${w.kind} ${w.field}`)).toEqual(['untranslated elements[0].name.en']);
  });
});
