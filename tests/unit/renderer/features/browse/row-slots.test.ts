import { describe, expect, it } from 'vitest';
import { createRowSlots } from '../../../../../renderer/features/browse/row-slots';

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
const slotsOf = (assigned: Map<number, number>) => [...assigned.values()].sort((a, b) => a - b);

describe('createRowSlots', () => {
  it('gives the rows of a first screen one slot each', () => {
    const assigned = createRowSlots().assign(range(0, 5));
    expect([...assigned]).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
    ]);
  });

  it('hands the slot of the row scrolled out to the row scrolled in, and keeps the others', () => {
    const slots = createRowSlots();
    slots.assign(range(0, 5));
    const next = slots.assign(range(1, 5));
    expect(next.get(5)).toBe(0); // row 0 left, its slot went to row 5
    for (const row of range(1, 4)) expect(next.get(row)).toBe(row);
    // A whole scroll through the grid keeps using the same five slots.
    let assigned = next;
    for (let first = 2; first < 500; first++) assigned = slots.assign(range(first, 5));
    expect(slotsOf(assigned)).toEqual([0, 1, 2, 3, 4]);
  });

  it('takes new slots only while more rows are shown at once than before', () => {
    const slots = createRowSlots();
    slots.assign(range(0, 3));
    expect(slotsOf(slots.assign(range(0, 5)))).toEqual([0, 1, 2, 3, 4]);
    expect(slotsOf(slots.assign(range(10, 4)))).toEqual([0, 1, 2, 3]);
  });

  it('never gives two rows one slot, in whatever order the rows come', () => {
    const slots = createRowSlots();
    for (const rows of [
      [3, 1, 2],
      [2, 9, 4, 3],
      [7, 8],
      [8, 7, 6, 5, 4],
    ]) {
      const assigned = slots.assign(rows);
      expect(new Set(assigned.values()).size).toBe(rows.length);
      expect([...assigned.keys()].sort()).toEqual([...rows].sort());
    }
  });

  it('never hands on a slot it is told not to (the row with keyboard focus): that row is dropped', () => {
    const slots = createRowSlots();
    slots.assign(range(0, 3));
    const focusedSlot = 0; // row 0 holds focus and scrolls out
    const next = slots.assign(range(1, 3), (slot) => slot !== focusedSlot);
    expect(next.get(3)).toBe(3);
    expect([...next.values()]).not.toContain(focusedSlot);
    // Once gone, that slot number is not used again either, so nothing is ever drawn in its place.
    let assigned = next;
    for (let first = 2; first < 50; first++) assigned = slots.assign(range(first, 3));
    expect([...assigned.values()]).not.toContain(focusedSlot);
  });
});
