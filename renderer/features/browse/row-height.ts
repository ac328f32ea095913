/**
 * The height of one grid row as last measured. Cards are laid out to one fixed height (clamped
 * title, one line per fact), so a single number places every row: no row is measured on its own
 * while scrolling, and a grid rebuilt on Back has exactly the height the visitor left.
 */
let remembered: number | undefined;

export function rememberRowHeight(height: number): void {
  remembered = height;
}

/** The last measured height, else `fallback` (the first grid of a visit). */
export function recallRowHeight(fallback: number): number {
  return remembered ?? fallback;
}
