import { markPoint, type MarkPoint } from './mark-anchors';
import type { BoxRect } from './zoom-focus';
import type { PixelRect } from './zoom-gestures';

/**
 * How far from a mark's middle (CSS px) a tap still counts as on it: the 48 px mark and a
 * fingertip's slack around it.
 */
export const MARK_HIT_RADIUS = 32;

/**
 * The mark a tap at `point` (CSS px within the viewer) lands on, the nearest if two overlap, or
 * undefined. The marks are drawn at their points (`markPoint`) on the image, which lies at `image`.
 * The viewer hit-tests taps itself rather than letting the marks take touches: a pinch, a double
 * tap or a swipe that starts on a mark must still reach OpenSeadragon.
 */
export function markAt<M extends { id: string; box: BoxRect; at?: MarkPoint }>(
  marks: readonly M[],
  image: PixelRect,
  point: { x: number; y: number },
  radius = MARK_HIT_RADIUS,
): string | undefined {
  let hit: string | undefined;
  let nearest = radius;
  for (const mark of marks) {
    const at = markPoint(mark);
    const x = image.x + at.x * image.width;
    const y = image.y + at.y * image.height;
    const distance = Math.hypot(point.x - x, point.y - y);
    if (distance <= nearest) {
      nearest = distance;
      hit = mark.id;
    }
  }
  return hit;
}
