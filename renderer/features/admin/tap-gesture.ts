/**
 * The hidden way into the admin screen: five taps in the top-left corner within three seconds. A
 * visitor brushing the corner taps once or twice; five quick taps are deliberate.
 */
export const GESTURE_TAPS = 5;
export const GESTURE_WINDOW_MS = 3_000;

/**
 * Records a tap at `now` (ms) after the earlier `taps`. Returns the taps still inside the window
 * and whether this tap completes the gesture (the list then starts afresh).
 */
export function recordTap(taps: readonly number[], now: number): { taps: number[]; open: boolean } {
  const recent = [...taps.filter((at) => now - at < GESTURE_WINDOW_MS && at <= now), now];
  if (recent.length >= GESTURE_TAPS) return { taps: [], open: true };
  return { taps: recent, open: false };
}
