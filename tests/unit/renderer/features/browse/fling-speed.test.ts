import { describe, expect, it } from 'vitest';
import {
  createFlingSpeed,
  FAST_ENTER_SCREENS_PER_S,
  FAST_EXIT_SCREENS_PER_S,
} from '../../../../../renderer/features/browse/fling-speed';

const SCREEN = 1000;
const FRAME = 16;

/** Scroll events one frame apart at `screensPerS`, from `top`; returns each answer and the end. */
function scroll(
  speed: ReturnType<typeof createFlingSpeed>,
  o: { from: number; top: number; frames: number; screensPerS: number },
): { fast: boolean[]; ms: number; top: number } {
  const fast: boolean[] = [];
  let { top } = o;
  let ms = o.from;
  for (let i = 0; i < o.frames; i++) {
    ms += FRAME;
    top += (o.screensPerS * SCREEN * FRAME) / 1000;
    fast.push(speed.scrolled(ms, top, SCREEN));
  }
  return { fast, ms, top };
}

describe('createFlingSpeed', () => {
  it('is not fast at a reading pace, however long it scrolls', () => {
    const speed = createFlingSpeed();
    const run = scroll(speed, { from: 0, top: 0, frames: 200, screensPerS: FAST_ENTER_SCREENS_PER_S * 0.8 });
    expect(run.fast.every((fast) => !fast)).toBe(true);
  });

  it('turns fast once a fling passes the entry speed, whichever way it goes', () => {
    for (const sign of [1, -1]) {
      const speed = createFlingSpeed();
      const run = scroll(speed, { from: 0, top: 50_000, frames: 20, screensPerS: sign * 20 });
      expect(run.fast[0]).toBe(false); // one event alone has no speed
      expect(run.fast.at(-1)).toBe(true);
    }
  });

  it('stays fast between the two speeds and turns back below the exit speed', () => {
    const speed = createFlingSpeed();
    const fling = scroll(speed, { from: 0, top: 0, frames: 20, screensPerS: 20 });
    const between = (FAST_ENTER_SCREENS_PER_S + FAST_EXIT_SCREENS_PER_S) / 2;
    const slowing = scroll(speed, { from: fling.ms, top: fling.top, frames: 30, screensPerS: between });
    expect(slowing.fast.every(Boolean)).toBe(true);
    const slow = scroll(speed, {
      from: slowing.ms,
      top: slowing.top,
      frames: 30,
      screensPerS: FAST_EXIT_SCREENS_PER_S * 0.5,
    });
    expect(slow.fast.at(-1)).toBe(false);
  });

  it('measures over about 100 ms, so one long step among slow ones does not make it fast', () => {
    const speed = createFlingSpeed();
    const slow = scroll(speed, { from: 0, top: 0, frames: 20, screensPerS: 0.5 });
    // One frame that jumps a sixth of a screen (10 screens/s for that frame alone).
    expect(speed.scrolled(slow.ms + FRAME, slow.top + SCREEN / 6, SCREEN)).toBe(false);
  });

  it('starts anew after the grid stood still, and after settled()', () => {
    const speed = createFlingSpeed();
    const fling = scroll(speed, { from: 0, top: 0, frames: 20, screensPerS: 20 });
    expect(fling.fast.at(-1)).toBe(true);
    speed.settled();
    // After it settled, the first event has no speed of its own: not fast.
    expect(speed.scrolled(fling.ms + 2000, fling.top + 5 * SCREEN, SCREEN)).toBe(false);
    // A jump after a long pause is not a speed either (the pause is not part of a fling).
    const other = createFlingSpeed();
    scroll(other, { from: 0, top: 0, frames: 5, screensPerS: 0.5 });
    expect(other.scrolled(5000, 10 * SCREEN, SCREEN)).toBe(false);
  });

  it('scales with the screen: the same pixels per second are fast on a short screen only', () => {
    const pxPerS = 2 * SCREEN;
    const frames = 20;
    const on = (screen: number) => {
      const speed = createFlingSpeed();
      let fast = false;
      for (let i = 1; i <= frames; i++) fast = speed.scrolled(i * FRAME, (i * FRAME * pxPerS) / 1000, screen);
      return fast;
    };
    expect(on(SCREEN)).toBe(false); // 2 screens/s
    expect(on(SCREEN / 2)).toBe(true); // 4 screens/s
  });
});
