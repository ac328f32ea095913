import { describe, expect, it } from 'vitest';
import { PinLockout } from '../../../../../electron/node/admin/pin-lockout';

describe('PinLockout', () => {
  it('allows five wrong guesses, then locks with a doubling lock', () => {
    const lockout = new PinLockout({ freeAttempts: 5, baseLockMs: 30_000, maxLockMs: 100_000 });
    for (let i = 0; i < 4; i += 1) expect(lockout.recordFailure(0)).toBeNull();
    expect(lockout.lockedUntilAt(0)).toBeNull();
    expect(lockout.recordFailure(0)).toBe(30_000);
    expect(lockout.lockedUntilAt(29_999)).toBe(30_000);
    expect(lockout.lockedUntilAt(30_000)).toBeNull();
    expect(lockout.recordFailure(30_000)).toBe(90_000);
    expect(lockout.recordFailure(90_000)).toBe(90_000 + 100_000);
  });

  it('clears everything on a right PIN', () => {
    const lockout = new PinLockout();
    for (let i = 0; i < 5; i += 1) lockout.recordFailure(0);
    lockout.recordSuccess();
    expect(lockout.lockedUntilAt(1)).toBeNull();
    expect(lockout.recordFailure(1)).toBeNull();
  });
});
