import { describe, expect, it } from 'vitest';
import { swipeDirection } from '../../../../../renderer/kit/touch/swipe';

describe('swipeDirection', () => {
  it('reads clear horizontal moves as swipes, left meaning next', () => {
    expect(swipeDirection(-200, 10)).toBe('left');
    expect(swipeDirection(200, -30)).toBe('right');
  });

  it('ignores short moves and mostly vertical ones (scrolling)', () => {
    expect(swipeDirection(-40, 0)).toBeNull();
    expect(swipeDirection(-120, 100)).toBeNull();
  });
});
