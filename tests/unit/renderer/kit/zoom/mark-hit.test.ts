import { describe, expect, it } from 'vitest';
import { MARK_HIT_RADIUS, markAt } from '../../../../../renderer/kit/zoom/mark-hit';

const MARKS = [
  { id: 'kepala', box: { x: 0.4, y: 0, width: 0.2, height: 1 } },
  { id: 'papan', box: { x: 0.45, y: 0.4, width: 0.1, height: 0.1 } },
  { id: 'badan', box: { x: 0, y: 0, width: 0.4, height: 1 } },
];
/** A 2000 x 840 cloth drawn 1000 px wide, zoomed and panned so it starts left of and above the frame. */
const IMAGE = { x: -200, y: -50, width: 1000, height: 420 };

describe('markAt', () => {
  it('finds the mark whose middle is within a fingertip of the tap, in the drawn image', () => {
    // Badan's middle: x -200 + 0.2 * 1000 = 0, y -50 + 0.5 * 420 = 160.
    expect(markAt(MARKS, IMAGE, { x: 10, y: 170 })).toBe('badan');
    expect(markAt(MARKS, IMAGE, { x: MARK_HIT_RADIUS + 1, y: 160 })).toBeUndefined();
  });

  it('takes the nearest of two marks that lie close together', () => {
    // Kepala's middle (300, 160) and papan's (300, 139) are 21 px apart.
    expect(markAt(MARKS, IMAGE, { x: 300, y: 165 })).toBe('kepala');
    expect(markAt(MARKS, IMAGE, { x: 300, y: 140 })).toBe('papan');
  });

  it('hits a mark where it was moved to (its point), not at the middle of its box', () => {
    const moved = [{ ...MARKS[0]!, at: { x: 0.5, y: 0.8 } }];
    // Point (0.5, 0.8): x -200 + 500 = 300, y -50 + 336 = 286.
    expect(markAt(moved, IMAGE, { x: 300, y: 286 })).toBe('kepala');
    expect(markAt(moved, IMAGE, { x: 300, y: 160 })).toBeUndefined();
  });

  it('finds nothing without marks, or far from all of them', () => {
    expect(markAt([], IMAGE, { x: 0, y: 160 })).toBeUndefined();
    expect(markAt(MARKS, IMAGE, { x: 600, y: 300 })).toBeUndefined();
  });
});
