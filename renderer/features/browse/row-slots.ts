/**
 * Which element slot each on-screen grid row is drawn in. The grid keys its rows by slot, not by
 * row number, so a row that scrolls out hands its elements (row, list items, buttons, texts) to
 * the row that scrolls in: React updates them in place instead of dropping one row's elements and
 * creating the next one's. Every row mounted and dropped leaves Blink's heap more to collect; the
 * full collections are the likeliest source of the long tasks left while scrolling (issue 12).
 */
export interface RowSlots {
  /**
   * The slot of each row in `rows` (row numbers, in any order): a row keeps its slot while it
   * stays; a new row takes the slot of one that left, else a new slot. A slot for which
   * `mayHandOn` says no (the one holding keyboard focus) is never handed on: its row is dropped as
   * before, so focus never stays on a card that now shows another piece.
   */
  assign(rows: readonly number[], mayHandOn?: (slot: number) => boolean): Map<number, number>;
}

export function createRowSlots(): RowSlots {
  let slotOf = new Map<number, number>();
  let next = 0;
  return {
    assign(rows, mayHandOn = () => true) {
      const wanted = new Set(rows);
      const free: number[] = [];
      for (const [row, slot] of slotOf) if (!wanted.has(row) && mayHandOn(slot)) free.push(slot);
      // Lowest first, so the slots stay few and their order does not depend on the Map's history.
      free.sort((a, b) => a - b);
      const assigned = new Map<number, number>();
      for (const row of rows) {
        const slot = slotOf.get(row);
        if (slot !== undefined) assigned.set(row, slot);
      }
      for (const row of rows) {
        if (assigned.has(row)) continue;
        assigned.set(row, free.shift() ?? next++);
      }
      slotOf = assigned;
      return assigned;
    },
  };
}
