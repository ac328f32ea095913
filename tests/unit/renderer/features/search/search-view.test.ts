import { describe, expect, it } from 'vitest';
import {
  namesMatch,
  popularMotifIds,
  searchPhase,
  splitHits,
} from '../../../../../renderer/features/search/search-view';

describe('splitHits', () => {
  it('keeps motifs and pieces apart, each in rank order', () => {
    expect(
      splitHits([
        { kind: 'piece', id: 'p1', score: 9 },
        { kind: 'motif', id: 'm1', score: 8 },
        { kind: 'piece', id: 'p2', score: 7 },
      ]),
    ).toEqual({ motifIds: ['m1'], pieceIds: ['p1', 'p2'] });
  });
});

describe('namesMatch', () => {
  it('matches typed prefixes in the canonical spelling, so old spellings count', () => {
    expect(namesMatch('djlamprang', ['Kain Panjang Jlamprang'])).toBe(true);
    expect(namesMatch('tjap', ['Batik Cap Pekalongan'])).toBe(true);
    expect(namesMatch('kain jlam', ['Kain Panjang Jlamprang'])).toBe(true);
  });

  it('matches words typed together against a name written apart', () => {
    expect(namesMatch('megamendung', ['Mega Mendung'])).toBe(true);
  });

  it('is false when the name does not explain the hit', () => {
    expect(namesMatch('indigo', ['Kain Panjang Jlamprang'])).toBe(false);
    expect(namesMatch('', ['Kawung'])).toBe(false);
  });
});

describe('popularMotifIds', () => {
  it('takes the motifs on the most pieces, ties by id', () => {
    const counts = new Map([
      ['kawung', 3],
      ['buketan', 7],
      ['jlamprang', 3],
      ['huk', 1],
    ]);
    expect(popularMotifIds(counts, 3)).toEqual(['buketan', 'jlamprang', 'kawung']);
  });
});

describe('searchPhase', () => {
  it('tells empty, too short, found and nothing found apart', () => {
    expect(searchPhase('', 0, 2)).toBe('empty');
    expect(searchPhase('  ', 0, 2)).toBe('empty');
    expect(searchPhase('k', 0, 2)).toBe('short');
    expect(searchPhase('ka', 3, 2)).toBe('results');
    expect(searchPhase('qxqzv', 0, 2)).toBe('none');
  });
});
