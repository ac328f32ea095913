import { describe, expect, it } from 'vitest';
import { advance, settle, slotContents, START } from '../../../../../renderer/features/attract/attract-cycle';

describe('attract cycle: two reused slots', () => {
  it('shows the first slide and preloads only the second', () => {
    expect(slotContents(START, 5)).toEqual([
      { slide: 0, role: 'shown', pan: 0 },
      { slide: 1, role: 'waiting', pan: 1 },
    ]);
  });
  it('keeps the previous slide while it fades, then loads the next one in its slot', () => {
    const fading = advance(START);
    expect(slotContents(fading, 5)).toEqual([
      { slide: 0, role: 'leaving', pan: 0 },
      { slide: 1, role: 'shown', pan: 1 },
    ]);
    expect(slotContents(settle(fading), 5)).toEqual([
      { slide: 2, role: 'waiting', pan: 2 },
      { slide: 1, role: 'shown', pan: 1 },
    ]);
  });
  it('wraps round the list however long it runs, alternating slots', () => {
    let state = START;
    for (let i = 0; i < 1001; i++) state = settle(advance(state));
    const [a, b] = slotContents(state, 3);
    expect(b).toEqual({ slide: 1001 % 3, role: 'shown', pan: 1001 % 4 });
    expect(a).toEqual({ slide: 1002 % 3, role: 'waiting', pan: 1002 % 4 });
  });
  it('holds one slide still, and shows nothing without slides', () => {
    expect(slotContents(START, 1)[1].slide).toBeNull();
    expect(slotContents(START, 0).map((s) => s.slide)).toEqual([null, null]);
  });
});
