import { describe, expect, it } from 'vitest';
import {
  pinFeedback,
  PIN_MAX_LENGTH,
  pressPinKey,
  secondsUntil,
} from '../../../renderer/features/admin/pin-entry';
import { GESTURE_TAPS, GESTURE_WINDOW_MS, recordTap } from '../../../renderer/features/admin/tap-gesture';

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

describe('PIN entry', () => {
  it('appends digits up to the maximum, deletes one, clears all', () => {
    let pin = '';
    for (const key of ['2', '4', '6', '8'] as const) pin = pressPinKey(pin, key);
    expect(pin).toBe('2468');
    expect(pressPinKey(pin, 'back')).toBe('246');
    expect(pressPinKey(pin, 'clear')).toBe('');
    expect(pressPinKey('9'.repeat(PIN_MAX_LENGTH), '1')).toHaveLength(PIN_MAX_LENGTH);
    expect(pressPinKey('1', '12' as `${number}`)).toBe('1');
  });

  it("turns main's answers into what the pad says", () => {
    expect(pinFeedback({ ok: true })).toBeNull();
    expect(pinFeedback({ ok: false, reason: 'wrong-pin' })).toEqual({ kind: 'wrong' });
    expect(pinFeedback({ ok: false, reason: 'locked', lockedUntil: 90_000 })).toEqual({
      kind: 'locked',
      until: 90_000,
    });
    expect(pinFeedback({ ok: false, reason: 'no-pin' })).toEqual({ kind: 'no-pin' });
  });

  it('counts the lockout down in whole seconds, never showing 0 while locked', () => {
    expect(secondsUntil(30_000, 0)).toBe(30);
    expect(secondsUntil(30_000, 29_001)).toBe(1);
    expect(secondsUntil(30_000, 30_000)).toBe(0);
    expect(secondsUntil(30_000, 45_000)).toBe(0);
  });
});
