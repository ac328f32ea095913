import { describe, expect, it } from 'vitest';
import { EMPTY_IDS } from '../../../../renderer/facets/facet-index';
import { createPieceSorter } from '../../../../renderer/facets/sort-pieces';
import { piece } from '../../../fixtures/search/fixture-builders';

const base = { group: 'pesisiran', objectType: 'sarung', motifs: [] };
const pieces = [
  piece({ ...base, id: 'a', accession: 'MBP.2006.0010', title: { id: 'Zebra', en: 'Apple' }, year: 1930 }),
  piece({ ...base, id: 'b', accession: 'MBP.2006.0002', title: { id: 'Émbun' }, year: 1900 }),
  piece({ ...base, id: 'c', accession: 'MBP.2006.0100', title: { id: 'batik 10', en: 'Batik 10' } }),
  piece({
    ...base,
    id: 'd',
    accession: 'MBP.2006.0009',
    title: { id: 'batik 9', en: 'Batik 9' },
    year: 1900,
  }),
];
const all = pieces.map((p) => p.id);
const sorter = createPieceSorter(pieces);

describe('piece sorter', () => {
  it('sorts by title in the chosen language, falling back, accent- and number-aware', () => {
    expect(sorter.sort(all, { by: 'title', language: 'id', fallback: ['en'] })).toEqual(['d', 'c', 'b', 'a']);
    // en: Apple, (Émbun from id), Batik 9, Batik 10
    expect(sorter.sort(all, { by: 'title', language: 'en', fallback: ['id'] })).toEqual(['a', 'd', 'c', 'b']);
  });

  it('sorts by year with undated pieces last and ties by accession', () => {
    expect(sorter.sort(all, { by: 'year' })).toEqual(['b', 'd', 'a', 'c']);
    expect(sorter.sort(all, { by: 'year' }, 'desc')).toEqual(['a', 'd', 'b', 'c']);
  });

  it('sorts accession numbers numerically', () => {
    expect(sorter.sort(all, { by: 'accession' })).toEqual(['b', 'd', 'a', 'c']);
  });

  it('sorts only the ids given, unknown ids last, and keeps the shared empty list', () => {
    expect(sorter.sort(['ghost', 'c', 'a'], { by: 'accession' })).toEqual(['a', 'c', 'ghost']);
    expect(sorter.sort([], { by: 'year' })).toBe(EMPTY_IDS);
  });
});
