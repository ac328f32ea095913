import { describe, expect, it } from 'vitest';
import { closestKey, typoDistance } from '../../../../../../electron/node/collection/schema/closest-key';

// Motif ids of the bundled sample collection: the ids a curator's typos are made against.
const MOTIFS = [
  'buketan',
  'burung-hong',
  'jlamprang',
  'kawung',
  'mega-mendung',
  'parang-rusak',
  'sido-asih',
  'sido-luhur',
  'sido-mukti',
  'tiga-negeri',
  'truntum',
];

describe('closestKey', () => {
  it.each([
    ['Jlamprang', 'jlamprang', 'a capital letter'],
    ['jelamprang', 'jlamprang', 'a letter too many'],
    ['jlampang', 'jlamprang', 'a letter missing'],
    ['kawnug', 'kawung', 'two letters swapped'],
    ['megamendung', 'mega-mendung', 'a missing hyphen'],
    ['mega mendung', 'mega-mendung', 'a space for a hyphen'],
    ['Mega_Mendung', 'mega-mendung', 'an underscore and capitals'],
    ['sidomukti', 'sido-mukti', 'a missing hyphen among similar ids'],
    ['tiga-negri', 'tiga-negeri', 'a vowel dropped'],
    ['parang', 'parang-rusak', 'only the first word'],
  ])('%s -> %s (%s)', (typed, meant) => {
    expect(closestKey(typed, MOTIFS)).toBe(meant);
  });

  it('guesses nothing when nothing is close, or when the first word fits several ids', () => {
    expect(closestKey('lereng', MOTIFS)).toBeUndefined();
    expect(closestKey('sido', MOTIFS)).toBeUndefined();
    expect(closestKey('x', ['cap', 'tulis'])).toBeUndefined();
    expect(closestKey('', MOTIFS)).toBeUndefined();
  });

  it('keeps short words to one edit', () => {
    expect(closestKey('cpa', ['cap', 'tulis'])).toBe('cap');
    expect(closestKey('map', ['cap', 'tulis'])).toBe('cap');
    expect(closestKey('mop', ['cap', 'tulis'])).toBeUndefined();
  });

  it('prefers the exact spelling among ids equal once normalised', () => {
    expect(closestKey('Kawung', ['ka-wung', 'kawung'])).toBe('kawung');
  });

  it('answers at once for a pasted page of text', () => {
    const started = performance.now();
    expect(closestKey('kawung '.repeat(100_000), MOTIFS)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('typoDistance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(typoDistance('kawnug', 'kawung')).toBe(1);
    expect(typoDistance('sgoa', 'soga')).toBe(1);
    expect(typoDistance('abc', 'abc')).toBe(0);
    expect(typoDistance('', 'abc')).toBe(3);
    expect(typoDistance('kawung', 'kawung-picis')).toBe(6);
  });
});
