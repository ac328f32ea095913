import type { UnlockResult } from '../../shared/kiosk-status';
import { verifyPin } from './pin';
import { PinLockout } from './pin-lockout';

/**
 * The door to the admin screen: checks a PIN against the configured hash with the lockout, and keeps
 * a short admin session so the technician can use several admin actions after one unlock. The
 * session ends by itself, so a technician who walks away doesn't leave the exit open to the next
 * visitor.
 */

/** Options for {@link AdminGate}. */
export interface AdminGateOptions {
  /** The configured scrypt hash; null when no PIN is set (admin access impossible). */
  pinHash: () => string | null;
  lockout?: PinLockout;
  /** How long an unlock lasts after the last admin action. */
  sessionMs?: number;
}

export class AdminGate {
  private unlockedUntil = 0;
  private readonly lockout: PinLockout;
  private readonly sessionMs: number;
  private checking = false;

  constructor(private readonly options: AdminGateOptions) {
    this.lockout = options.lockout ?? new PinLockout();
    this.sessionMs = options.sessionMs ?? 5 * 60_000;
  }

  /** Checks a PIN. One check at a time: parallel guesses would slip past the lockout count. */
  async unlock(pin: string, now: number): Promise<UnlockResult> {
    const hash = this.options.pinHash();
    if (!hash) return { ok: false, reason: 'no-pin' };
    const lockedUntil = this.lockout.lockedUntilAt(now);
    if (lockedUntil !== null || this.checking) {
      return { ok: false, reason: 'locked', lockedUntil: lockedUntil ?? now + 1_000 };
    }
    this.checking = true;
    // Counted (and stored) as wrong before the check: a power cut or a kill while scrypt runs must
    // not give a free guess. A right PIN then clears it.
    const until = this.lockout.recordFailure(now);
    try {
      if (await verifyPin(pin, hash)) {
        this.lockout.recordSuccess();
        this.unlockedUntil = now + this.sessionMs;
        return { ok: true };
      }
      return until === null
        ? { ok: false, reason: 'wrong-pin' }
        : { ok: false, reason: 'locked', lockedUntil: until };
    } finally {
      this.checking = false;
    }
  }

  /** True while an unlock is in force; each call from an admin action extends it. */
  authorize(now: number): boolean {
    if (now >= this.unlockedUntil) return false;
    this.unlockedUntil = now + this.sessionMs;
    return true;
  }

  lock(): void {
    this.unlockedUntil = 0;
  }
}
