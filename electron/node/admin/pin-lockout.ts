/**
 * Rate limit on PIN guesses. Four-digit PINs are short, so the pad locks after five wrong tries and
 * each further wrong try doubles the lock (30 s, 1 min, 2 min... up to 1 h). A right PIN clears it.
 *
 * The state survives a relaunch (nightly, watchdog, power cut) through a {@link LockoutStore}, so a
 * relaunch never hands out five fresh guesses. When the stored state is missing or damaged it is
 * read as "the fifth wrong PIN was just typed, at this start": the pad is locked for one base
 * window (30 s) from the start, and the next wrong PIN locks it for a minute. That never unlocks
 * anything, and it costs a technician on a fresh install at most the first 30 s after start
 * (`npm run kiosk-config -- set-pin` writes a clean state, so a PIN set that way never starts locked).
 *
 * Locks are kept as a start time and a length, not an end time, so a clock that jumps backwards
 * (a flat CMOS battery, a time-server correction) can neither lift a lock early nor stretch it to
 * years: when now is before the lock's start, the lock starts again now, for its own length.
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

/** What is remembered between runs. */
export interface LockoutState {
  /** Wrong PINs since the last right one. */
  failures: number;
  /** When the current (or last) lock started, epoch ms; 0 with no lock. */
  lockedAt: number;
  /** Length of that lock; 0 with no lock. */
  lockMs: number;
}

/** Where the state lives between runs. `load` returns null for a missing or damaged state. */
export interface LockoutStore {
  load(): LockoutState | null;
  /** Must not throw: a state that cannot be written still applies in memory. */
  save(state: LockoutState): void;
}

const CLEAR: LockoutState = { failures: 0, lockedAt: 0, lockMs: 0 };

/** Failures beyond this are not counted further: the lock is at its longest long before. */
const FAILURES_CAP = 1_000;

export class PinLockout {
  private state: LockoutState;
  private readonly options: PinLockoutOptions;

  /**
   * @param store - persistence between runs; without it the lockout lives in memory only
   * @param now - the start time, which anchors the lock an unreadable state is read as
   */
  constructor(
    options: Partial<PinLockoutOptions> = {},
    private readonly store: LockoutStore | null = null,
    now: number = Date.now(),
  ) {
    this.options = { ...DEFAULT_PIN_LOCKOUT, ...options };
    const loaded = store ? store.load() : CLEAR;
    if (loaded) {
      this.state = { ...loaded, lockMs: Math.min(loaded.lockMs, this.options.maxLockMs) };
    } else {
      this.state = { failures: this.options.freeAttempts, lockedAt: now, lockMs: this.options.baseLockMs };
      this.store?.save(this.state);
    }
  }

  /** The end of the current lock (epoch ms), or null when a guess may be checked at `now`. */
  lockedUntilAt(now: number): number | null {
    const { lockedAt, lockMs } = this.state;
    if (lockMs === 0) return null;
    if (now < lockedAt) {
      // The clock went back: the lock starts again now rather than lasting until the old date.
      this.update({ ...this.state, lockedAt: now });
      return now + lockMs;
    }
    return now < lockedAt + lockMs ? lockedAt + lockMs : null;
  }

  /** Records a wrong PIN; returns the lock end if this failure starts a lock. */
  recordFailure(now: number): number | null {
    const failures = Math.min(FAILURES_CAP, this.state.failures + 1);
    const over = failures - this.options.freeAttempts;
    if (over < 0) {
      this.update({ ...this.state, failures });
      return null;
    }
    const lockMs = Math.min(this.options.maxLockMs, this.options.baseLockMs * 2 ** over);
    this.update({ failures, lockedAt: now, lockMs });
    return now + lockMs;
  }

  recordSuccess(): void {
    this.update(CLEAR);
  }

  /** The state as it would be stored (for the status page and tests). */
  snapshot(): LockoutState {
    return { ...this.state };
  }

  private update(state: LockoutState): void {
    this.state = state;
    this.store?.save(state);
  }
}
