/**
 * Whether the browse grid is moving too fast for its pictures to be seen: then the rows a fling
 * brings in show each piece's tint instead of fetching, decoding and drawing a picture that is off
 * the screen again a few frames later. The same idea as a photo library's placeholders while
 * flinging (react-virtuoso calls it "scroll seek"). On the kiosk's two cores that picture work,
 * not the grid's own, is what kept the page's main thread waiting during a fast scroll (README,
 * performance: midday of 2026-12-06).
 *
 * Speeds are in screens (the scroller's height) per second, so a portrait and a landscape kiosk
 * behave alike. Two thresholds, so that a fling slowing down around one speed does not switch
 * back and forth.
 */
export const FAST_ENTER_SCREENS_PER_S = 3;
export const FAST_EXIT_SCREENS_PER_S = 1.5;
/** The speed is measured over about this long (ms): one frame's step alone is too noisy. */
const WINDOW_MS = 100;
/** No scroll event for this long (ms): the grid stands still (or a finger holds it). */
export const SETTLE_MS = 150;

export interface FlingSpeed {
  /**
   * One scroll event at time `ms` with the scroller at `top` px and `screen` px tall: whether the
   * grid is now moving fast.
   */
  scrolled(ms: number, top: number, screen: number): boolean;
  /** The grid stopped (no scroll event for SETTLE_MS): not fast, and the speed starts anew. */
  settled(): void;
}

export function createFlingSpeed(): FlingSpeed {
  let samples: { ms: number; top: number }[] = [];
  let fast = false;
  return {
    scrolled(ms, top, screen) {
      samples.push({ ms, top });
      // Keep one sample older than the window, so the speed spans at least WINDOW_MS when it can.
      while (samples.length > 1 && ms - samples[1]!.ms >= WINDOW_MS) samples.shift();
      const first = samples[0]!;
      const span = ms - first.ms;
      if (span <= 0 || screen <= 0) return fast;
      // A gap longer than the settle time means the grid stood still in between: start anew.
      if (span > WINDOW_MS + SETTLE_MS) {
        samples = [{ ms, top }];
        return fast;
      }
      const screensPerS = (Math.abs(top - first.top) / screen) * (1000 / span);
      if (!fast && screensPerS > FAST_ENTER_SCREENS_PER_S) fast = true;
      else if (fast && screensPerS < FAST_EXIT_SCREENS_PER_S) fast = false;
      return fast;
    },
    settled() {
      samples = [];
      fast = false;
    },
  };
}
