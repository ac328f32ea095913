import { describe, expect, it } from 'vitest';
import { attractPieceCount, MAX_ATTRACT_SLIDES, sample } from '../../../../electron/shared/attract-choice';

describe('attract choice', () => {
  it('sample returns the whole short list and nothing for no count', () => {
    expect(sample([1, 2], 5)).toEqual([1, 2]);
    expect(sample([1, 2], 0)).toEqual([]);
  });
  it('sample spreads its picks evenly from the start', () => {
    expect(sample([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 4)).toEqual([0, 2, 5, 7]);
  });
  it('half of the loop (rounded up) are pieces', () => {
    expect(attractPieceCount(5)).toBe(3);
    expect(attractPieceCount()).toBe(MAX_ATTRACT_SLIDES / 2);
  });
});
