import { describe, expect, it } from 'vitest';
import {
  pinFeedback,
  PIN_MAX_LENGTH,
  pressPinKey,
  secondsUntil,
} from '../../../../../renderer/features/admin/pin-entry';

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
