import { describe, expect, it } from 'vitest';
import { hasMoreBelow } from '../../../../renderer/ui/use-more-below';

describe('hasMoreBelow: the "more below" cue of a scrolling panel', () => {
  it('is on while content lies below the visible part, off at the end and for content that fits', () => {
    expect(hasMoreBelow({ scrollTop: 0, clientHeight: 800, scrollHeight: 2000 })).toBe(true);
    expect(hasMoreBelow({ scrollTop: 1100, clientHeight: 800, scrollHeight: 2000 })).toBe(true);
    expect(hasMoreBelow({ scrollTop: 1200, clientHeight: 800, scrollHeight: 2000 })).toBe(false);
    expect(hasMoreBelow({ scrollTop: 0, clientHeight: 800, scrollHeight: 800 })).toBe(false);
  });

  it('counts the last pixel or two of a fractional layout as the end', () => {
    expect(hasMoreBelow({ scrollTop: 1198.5, clientHeight: 800, scrollHeight: 2000 })).toBe(false);
  });
});
