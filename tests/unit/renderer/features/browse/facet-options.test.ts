import { describe, expect, it } from 'vitest';
import type { MediaRecord, MotifRecord, TermRecord } from '../../../../../electron/shared/collection-records';
import {
  facetOptions,
  NO_SWATCH,
  valueInfo,
  type ValueInfo,
} from '../../../../../renderer/features/browse/facet-labels';
import { pickText } from '../../../../../renderer/i18n/content-text';

const indonesian = (map: Parameters<typeof pickText>[0]) => pickText(map, 'id', ['id', 'en']);
const collator = new Intl.Collator('id');
const byKey = (value: string): ValueInfo => ({ label: value });

const term = (vocab: string, key: string, extra: Partial<TermRecord> = {}): [string, TermRecord] => [
  `${vocab}:${key}`,
  { id: `${vocab}:${key}`, vocab, key, label: { id: key }, order: 0, hash: '', ...extra },
];
const terms = new Map<string, TermRecord>([
  term('colour', 'indigo', { hex: '#223a66' }),
  term('colour', 'putih-alam'),
  // A hex that did not come through the checker (a hand-edited build): it must not reach a style.
  term('colour', 'rusak', { hex: 'red;background:url(x)' }),
  term('dye', 'indigo', { hex: '#1b2f55' }),
  term('region', 'pekalongan'),
]);
const media = (view: MediaRecord['view'], sizes: number[]): MediaRecord =>
  ({
    id: `m-${view}`,
    view,
    thumbs: sizes.map((size) => ({ size, src: `media/${view}-${size}.webp` })),
    display: `media/${view}-display.webp`,
  }) as unknown as MediaRecord;
const motif = (id: string, list: MediaRecord[]) =>
  [id, { id, name: { id }, media: list } as unknown as MotifRecord] as const;
const motifs = new Map([
  motif('jlamprang', [media('detail', [256]), media('full', [256, 512])]),
  motif('tanpa-gambar', []),
]);
const records = { terms, motifs };

describe('what the facet panel lists', () => {
  it('leaves out every value that would lead to an empty list', () => {
    const counts = { a: 3, c: 1 };
    const options = facetOptions(['a', 'b', 'c', 'd'], counts, [], byKey, collator);
    expect(options.map((o) => o.value)).toEqual(['a', 'c']);
    expect(options.every((o) => o.count > 0)).toBe(true);
  });

  it('keeps a selected value at zero, so the visitor can take it back', () => {
    const options = facetOptions(['a', 'b', 'c'], { a: 2 }, ['b'], byKey, collator);
    expect(options).toEqual([
      { value: 'a', label: 'a', count: 2, selected: false },
      { value: 'b', label: 'b', count: 0, selected: true },
    ]);
  });

  it('keeps a selected value the collection no longer has (a live update removed it)', () => {
    const options = facetOptions(['a'], { a: 1 }, ['gone'], byKey, collator);
    expect(options.map((o) => [o.value, o.count, o.selected])).toEqual([
      ['a', 1, false],
      ['gone', 0, true],
    ]);
  });

  it('lists nothing when no value has a piece and none is selected', () => {
    expect(facetOptions(['a', 'b'], {}, [], byKey, collator)).toEqual([]);
  });
});

describe('pictures on chips', () => {
  it('gives colour chips their swatch, a neutral one when the term has no usable hex', () => {
    expect(valueInfo('colour', 'indigo', records, indonesian).swatch).toBe('#223a66');
    expect(valueInfo('colour', 'putih-alam', records, indonesian).swatch).toBe(NO_SWATCH);
    expect(valueInfo('colour', 'rusak', records, indonesian).swatch).toBe(NO_SWATCH);
    expect(valueInfo('colour', 'no-term', records, indonesian).swatch).toBe(NO_SWATCH);
    expect(valueInfo('dye', 'indigo', records, indonesian).swatch).toBe('#1b2f55');
    expect(valueInfo('region', 'pekalongan', records, indonesian).swatch).toBeUndefined();
  });

  it("gives motif chips the motif's own drawing: its main image, the smallest thumbnail that is sharp enough", () => {
    expect(valueInfo('motif', 'jlamprang', records, indonesian).thumb).toBe('collection/media/full-256.webp');
    expect(valueInfo('motif', 'tanpa-gambar', records, indonesian).thumb).toBeUndefined();
    expect(valueInfo('motif', 'unknown', records, indonesian)).toEqual({ label: 'unknown' });
  });

  it('carries the pictures through to the chips', () => {
    const colours = facetOptions(
      ['indigo', 'putih-alam'],
      { indigo: 4, 'putih-alam': 2 },
      [],
      (value) => valueInfo('colour', value, records, indonesian),
      collator,
    );
    expect(colours.map((o) => o.swatch)).toEqual(['#223a66', NO_SWATCH]);
    const motifChips = facetOptions(
      ['jlamprang'],
      { jlamprang: 5 },
      [],
      (value) => valueInfo('motif', value, records, indonesian),
      collator,
    );
    expect(motifChips[0]).toMatchObject({ label: 'jlamprang', thumb: 'collection/media/full-256.webp' });
  });
});
