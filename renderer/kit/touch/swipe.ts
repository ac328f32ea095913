/** A horizontal move at least this long (CSS px) counts as a swipe: well past a wobbly tap. */
export const SWIPE_MIN_PX = 80;

/** `left` is a finger moving right-to-left ("next", as when turning a page); `right` is "previous". */
export type SwipeDirection = 'left' | 'right';

/**
 * Reads a finished touch move as a swipe. Mostly-vertical moves are scrolling and return null.
 */
export function swipeDirection(dx: number, dy: number, minPx: number = SWIPE_MIN_PX): SwipeDirection | null {
  if (Math.abs(dx) < minPx || Math.abs(dx) < Math.abs(dy) * 1.5) return null;
  return dx < 0 ? 'left' : 'right';
}
