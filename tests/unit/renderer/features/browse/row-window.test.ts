import { describe, expect, it } from 'vitest';
import { rowSlot, rowWindow, rowWindowSize } from '../../../../../renderer/features/browse/row-window';

const range = (startIndex: number, endIndex: number, count: number) => ({
  startIndex,
  endIndex,
  overscan: 2,
  count,
});

describe('rowWindowSize', () => {
  it('counts every row a viewport can show at once, cut rows included, plus the overscan both ways', () => {
    expect(rowWindowSize(1000, 470, 2)).toBe(3 + 1 + 4);
    expect(rowWindowSize(940, 470, 2)).toBe(2 + 1 + 4);
    expect(rowWindowSize(0, 470, 2)).toBe(1 + 4);
  });
});

describe('rowWindow', () => {
  it('covers the visible rows and their overscan, padded forward to the window size', () => {
    expect(rowWindow(range(5, 7, 100), 8)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    expect(rowWindow(range(0, 1, 100), 8)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('is padded backwards at the end of the list, and is the whole list when that is shorter', () => {
    expect(rowWindow(range(97, 99, 100), 8)).toEqual([92, 93, 94, 95, 96, 97, 98, 99]);
    expect(rowWindow(range(0, 2, 3), 8)).toEqual([0, 1, 2]);
  });

  it('grows rather than leave out a visible row when the range is longer than the window', () => {
    expect(rowWindow(range(10, 16, 100), 8)).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]);
  });
});

describe('rowSlot', () => {
  it('gives the row leaving a window its slot to the row entering it, and no two rows of a window one slot', () => {
    const before = rowWindow(range(5, 7, 100), 8);
    const after = rowWindow(range(6, 8, 100), 8);
    const slots = (rows: number[]) => rows.map((index) => rowSlot(index, 8, rows.length));
    expect(new Set(slots(before)).size).toBe(8);
    expect(new Set(slots(after))).toEqual(new Set(slots(before)));
    expect(rowSlot(3, 8, 8)).toBe(rowSlot(11, 8, 8));
  });

  it('stays unique in a window grown past its size', () => {
    const rows = rowWindow(range(10, 16, 100), 8);
    expect(new Set(rows.map((index) => rowSlot(index, 8, rows.length))).size).toBe(rows.length);
  });
});
