import { describe, expect, it } from 'vitest';
import { accessionTerms } from '../../../../../electron/shared/search/accession-table';
import {
  createSearchIndex,
  loadSearchIndex,
  type SearchInput,
} from '../../../../../electron/shared/search/search-index';
import { piece, term } from '../../../../fixtures/search/fixture-builders';

/**
 * Accession numbers of several museums' formats, typed the way the kiosk's keyboard allows
 * (letters, digits, space, hyphen; no dot or slash), and years against dated cloths.
 */
const cloth = (id: string, accession: string, title: string, year?: number, colours: string[] = []) =>
  piece({
    id,
    accession,
    title: { id: title, en: title },
    group: 'pesisiran',
    objectType: 'kain-panjang',
    motifs: [],
    colours,
    year,
  });

const input: SearchInput = {
  pieces: [
    cloth('mbp', 'MBP.2006.0012', 'Kain Kawung', 1930),
    cloth('mbp-next', 'MBP.2006.0120', 'Kain Parang', 1950),
    cloth('tropen', 'TM-1234-5a', 'Sarung Buketan', 1910),
    cloth('slash', 'TC 2003/17', 'Selendang Lasem', 1960),
    cloth('plain', '1985.123.4', 'Kain Truntum', 1975),
    cloth('inv', 'Inv. No. 12.345', 'Iket Cirebon', 1940),
    cloth('made-2006', 'X-1', 'Kain Kontemporer', 2006),
  ],
  motifs: [],
  terms: [term('colour', 'merah', { id: 'Merah', en: 'Red' })],
  makers: [],
  places: [],
  synonyms: [],
  languages: ['id', 'en'],
};
const index = createSearchIndex(input);
const top = (query: string, n = 1) =>
  index
    .search(query)
    .slice(0, n)
    .map((hit) => hit.id);

describe('accession numbers of any format, as typed on the kiosk keyboard', () => {
  it.each([
    ['mbp 2006 0012', 'mbp'],
    ['mbp-2006-0012', 'mbp'],
    ['mbp20060012', 'mbp'],
    ['MBP.2006.0012', 'mbp'],
    ['2006 0012', 'mbp'],
    ['20060012', 'mbp'],
    ['0012', 'mbp'],
    ['mbp 2006 12', 'mbp'],
    ['mbp 2006 0120', 'mbp-next'],
    ['tm 1234 5a', 'tropen'],
    ['tm-1234-5', 'tropen'],
    ['12345a', 'tropen'],
    ['tc 2003 17', 'slash'],
    ['2003-17', 'slash'],
    ['200317', 'slash'],
    ['1985 123 4', 'plain'],
    ['1985123', 'plain'],
    ['inv no 12 345', 'inv'],
    ['12 345', 'inv'],
  ])('%s finds %s first', (query, id) => {
    expect(top(query)).toEqual([id]);
  });

  it('lists every number that starts with a partial one, in accession order', () => {
    expect(index.search('mbp 2006 0').map((hit) => hit.id)).toEqual(['mbp', 'mbp-next']);
    expect(index.search('mbp 2006 01').map((hit) => hit.id)).toEqual(['mbp-next']);
  });

  it('puts the number typed to its end above numbers that merely start with it', () => {
    const hits = index.search('2003 17');
    expect(hits[0]?.id).toBe('slash');
  });

  it('indexes each tail of the number and each numeric part without leading zeros', () => {
    expect(accessionTerms('MBP.2006.0012')).toEqual([
      { term: 'mbp20060012', end: true },
      { term: '20060012', end: true },
      { term: '2006', end: false },
      { term: '0012', end: true },
      { term: '12', end: true },
    ]);
  });

  it('answers the same after a round trip through the stored form', () => {
    const loaded = loadSearchIndex(index.toJSON());
    for (const query of ['mbp 2006 12', '2003-17', '1985123', '1910']) {
      expect(loaded.search(query)).toEqual(index.search(query));
    }
  });
});

describe('numbers that could be a year or part of an accession number', () => {
  it('puts the cloth made in that year first, then the numbers that start with it', () => {
    expect(top('2006', 3)).toEqual(['made-2006', 'mbp', 'mbp-next']);
  });

  it('puts the full accession number above a cloth made in a year it contains', () => {
    expect(top('2006 0012')).toEqual(['mbp']);
  });

  it('finds a cloth by a year close to its date, after the one made in it', () => {
    expect(top('1912', 1)).toEqual(['tropen']);
    expect(top('1930', 1)).toEqual(['mbp']);
  });
});

describe('typo-tolerant matches rank below exact and prefix ones of the same word', () => {
  // "merak" (peacock) is in eight long titles, "merah" (red) is one short title: on its own weight
  // the rare, short near miss outscored every cloth that has the word the visitor typed.
  const birds: SearchInput = {
    ...input,
    pieces: [
      ...Array.from({ length: 8 }, (_, i) =>
        cloth(`merak-${i}`, `M.${i}`, `Kain panjang pesisir dengan sepasang merak dan bunga ${i}`),
      ),
      cloth('red', 'R.1', 'Merah'),
      ...Array.from({ length: 11 }, (_, i) => cloth(`other-${i}`, `P.${i}`, `Kain Parang ${i}`)),
    ],
  };
  const birdIndex = createSearchIndex(birds);

  it('lists every cloth with the typed word before the one with a near miss', () => {
    const ids = birdIndex.search('merak').map((hit) => hit.id);
    expect(ids.slice(0, 8).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `merak-${i}`));
    expect(ids[8]).toBe('red');
  });

  it('still finds the near miss when nothing matches exactly', () => {
    expect(birdIndex.search('merap').map((hit) => hit.id)).toContain('red');
  });
});
