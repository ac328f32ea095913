/**
 * Rate limit on PIN guesses. Four-digit PINs are short, so the pad locks after five wrong tries and
 * each further wrong try doubles the lock (30 s, 1 min, 2 min... up to 1 h). A right PIN clears it.
 * Held in main-process memory: a relaunch clears it too, which is acceptable because a relaunch
 * costs a visitor far more time than the lock does.
 */

/** Tuning for {@link PinLockout}. */
export interface PinLockoutOptions {
  freeAttempts: number;
  baseLockMs: number;
  maxLockMs: number;
}

export const DEFAULT_PIN_LOCKOUT: PinLockoutOptions = {
  freeAttempts: 5,
  baseLockMs: 30_000,
  maxLockMs: 60 * 60_000,
};

export class PinLockout {
  private failures = 0;
  private lockedUntil = 0;
  private readonly options: PinLockoutOptions;

  constructor(options: Partial<PinLockoutOptions> = {}) {
    this.options = { ...DEFAULT_PIN_LOCKOUT, ...options };
  }

  /** The end of the current lock (epoch ms), or null when a guess may be checked at `now`. */
  lockedUntilAt(now: number): number | null {
    return now < this.lockedUntil ? this.lockedUntil : null;
  }

  /** Records a wrong PIN; returns the lock end if this failure starts a lock. */
  recordFailure(now: number): number | null {
    this.failures += 1;
    const over = this.failures - this.options.freeAttempts;
    if (over < 0) return null;
    const lockMs = Math.min(this.options.maxLockMs, this.options.baseLockMs * 2 ** over);
    this.lockedUntil = now + lockMs;
    return this.lockedUntil;
  }

  recordSuccess(): void {
    this.failures = 0;
    this.lockedUntil = 0;
  }
}
