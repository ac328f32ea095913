/**
 * How the attract loop chooses its pictures, shared by the renderer (which shows them) and the
 * collection build (which makes the deep-zoom tiles of those pieces first, since a visitor drawn in
 * by the loop taps one of them).
 */

/** A loop of this many pictures is varied enough for hours; more would only hold more records. */
export const MAX_ATTRACT_SLIDES = 36;

/** `count` items spread evenly over `list`, in order; the whole list when it is short enough. */
export function sample<T>(list: readonly T[], count: number): T[] {
  if (count <= 0) return [];
  if (list.length <= count) return [...list];
  const step = list.length / count;
  return Array.from({ length: count }, (_, i) => list[Math.floor(i * step)]!);
}

/** How many of the loop's pictures are pieces; motif drawings fill the rest. */
export function attractPieceCount(max = MAX_ATTRACT_SLIDES): number {
  return Math.ceil(max / 2);
}
