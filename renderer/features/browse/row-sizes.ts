import type { VirtualItem } from '@tanstack/react-virtual';

/**
 * Measured row heights of the list last left, by layout key (filters, sort, columns, length).
 * Rows differ a little (titles wrap), so a grid rebuilt from estimates alone would be a few pixels
 * taller or shorter than the one the visitor left, and Back would not land on the same cards.
 */
let remembered: { key: string; sizes: ReadonlyMap<number | string | bigint, number> } | undefined;

export function rememberRowSizes(key: string, sizes: ReadonlyMap<number | string | bigint, number>): void {
  remembered = { key, sizes: new Map(sizes) };
}

/** The measurements to start a grid with: those remembered for the same layout, else none. */
export function recallRowSizes(key: string): VirtualItem[] {
  if (remembered?.key !== key) return [];
  let start = 0;
  return [...remembered.sizes].map(([rowKey, size], index) => {
    const item = { key: rowKey, index, start, end: start + size, size, lane: 0 };
    start += size;
    return item;
  });
}
