/** At most this many pieces are compared side by side. */
const COMPARE_SLOTS = 2;

export interface CompareStep {
  tray: readonly string[];
  /** Set when the tray is full: the two pieces to open side by side, in tray order. */
  open?: readonly [string, string];
}

/**
 * Puts a piece into the compare tray. A piece already there stays once; a third piece pushes out
 * the oldest, so the visitor's latest two choices are the ones compared.
 */
export function addToCompare(tray: readonly string[], id: string): CompareStep {
  const next = [...tray.filter((t) => t !== id), id].slice(-COMPARE_SLOTS);
  const [a, b] = next;
  return a !== undefined && b !== undefined ? { tray: next, open: [a, b] } : { tray: next };
}

/** Takes a piece out of the tray; the order of the rest is kept. */
export function removeFromCompare(tray: readonly string[], id: string): readonly string[] {
  return tray.filter((t) => t !== id);
}
