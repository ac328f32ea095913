import type { Range } from '@tanstack/react-virtual';

/**
 * Rows the grid keeps in the DOM: as many as a viewport `height` px tall can show at once (a row cut
 * at the top and one at the bottom included), plus `overscan` on each side.
 */
export function rowWindowSize(height: number, rowHeight: number, overscan: number): number {
  return Math.ceil(height / Math.max(1, rowHeight)) + 1 + 2 * overscan;
}

/**
 * The row indexes to render for the virtualiser's `range`: the visible rows and their overscan,
 * padded to `size` rows (fewer only when the list has fewer). With a window of constant length, a
 * scroll by one row drops one index and adds the one `size` further on, so keying each row by its
 * index modulo the window (`rowSlot`) hands the row element that left to the row that came.
 */
export function rowWindow({ startIndex, endIndex, overscan, count }: Range, size: number): number[] {
  const first = Math.max(0, startIndex - overscan);
  const last = Math.min(count - 1, endIndex + overscan);
  const length = Math.min(count, Math.max(size, last - first + 1));
  const start = Math.max(0, Math.min(first, count - length));
  return Array.from({ length }, (_, i) => start + i);
}

/**
 * The React key of row `index` in a window of `rendered` rows: unique within any window of
 * consecutive rows no longer than the modulus, and the same for a row index and the one `size`
 * further on.
 */
export function rowSlot(index: number, size: number, rendered: number): number {
  return index % Math.max(size, rendered);
}
