import { describe, expect, it } from 'vitest';
import {
  GESTURE_TAPS,
  GESTURE_WINDOW_MS,
  recordTap,
} from '../../../../../renderer/features/admin/tap-gesture';

describe('five-tap gesture', () => {
  const tapAt = (times: number[]) => {
    let taps: number[] = [];
    const opened: number[] = [];
    for (const time of times) {
      const next = recordTap(taps, time);
      taps = next.taps;
      if (next.open) opened.push(time);
    }
    return opened;
  };

  it('opens on the fifth tap within three seconds, then starts afresh', () => {
    expect(GESTURE_TAPS).toBe(5);
    expect(tapAt([0, 400, 800, 1200, 1600])).toEqual([1600]);
    expect(tapAt([0, 100, 200, 300, 400, 500, 600, 700, 800])).toEqual([400]);
    expect(tapAt([0, 100, 200, 300, 400, 500, 600, 700, 800, 900])).toEqual([400, 900]);
  });

  it('does not open when the taps are spread over more than three seconds', () => {
    expect(tapAt([0, 1000, 2000, 2999, GESTURE_WINDOW_MS])).toEqual([]);
    // The old taps drop out of the window; four more quick ones complete it.
    expect(tapAt([0, 5000, 5100, 5200, 5300, 5400])).toEqual([5400]);
  });

  it('ignores a clock that went backwards', () => {
    expect(tapAt([10_000, 1, 2, 3, 4])).toEqual([]);
  });
});
