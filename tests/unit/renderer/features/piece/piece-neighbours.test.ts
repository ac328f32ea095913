import { describe, expect, it } from 'vitest';
import { pieceNeighbours } from '../../../../../renderer/features/piece/piece-neighbours';

const collection = ['a', 'b', 'c', 'd', 'e'];

describe('pieceNeighbours', () => {
  it('walks the result list when the piece is in it', () => {
    expect(pieceNeighbours(['d', 'b', 'e'], collection, 'b')).toEqual({
      position: 2,
      total: 3,
      previous: 'd',
      next: 'e',
    });
  });

  it('falls back to the whole collection when the result list is empty', () => {
    expect(pieceNeighbours([], collection, 'c')).toEqual({ position: 3, total: 5, previous: 'b', next: 'd' });
  });

  it('falls back to the collection when the piece is not in the result list', () => {
    expect(pieceNeighbours(['d', 'e'], collection, 'a')).toEqual({ position: 1, total: 5, next: 'b' });
  });

  it('does not wrap around at either end', () => {
    expect(pieceNeighbours(['x', 'y'], collection, 'x')).toEqual({ position: 1, total: 2, next: 'y' });
    expect(pieceNeighbours(['x', 'y'], collection, 'y')).toEqual({ position: 2, total: 2, previous: 'x' });
  });

  it('gives no position and no neighbours for an unknown piece', () => {
    expect(pieceNeighbours([], collection, 'zz')).toEqual({ position: 0, total: 5 });
  });
});
