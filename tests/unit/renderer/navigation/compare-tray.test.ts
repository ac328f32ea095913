import { describe, expect, it } from 'vitest';
import { addToCompare, removeFromCompare } from '../../../../renderer/navigation/compare-tray';

describe('compare tray', () => {
  it('opens the pair when the second piece is added', () => {
    expect(addToCompare([], 'a')).toEqual({ tray: ['a'] });
    expect(addToCompare(['a'], 'b')).toEqual({ tray: ['a', 'b'], open: ['a', 'b'] });
  });

  it('keeps a piece once and lets a third push out the oldest', () => {
    expect(addToCompare(['a'], 'a')).toEqual({ tray: ['a'] });
    expect(addToCompare(['a', 'b'], 'c')).toEqual({ tray: ['b', 'c'], open: ['b', 'c'] });
  });

  it('removes one piece and keeps the other', () => {
    expect(removeFromCompare(['a', 'b'], 'a')).toEqual(['b']);
  });
});
