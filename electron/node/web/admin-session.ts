import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { WebUnlockResult } from '../../shared/web-host-status';
import type { AdminGate } from '../admin/admin-gate';

/**
 * The web host's admin session, for a config with an admin PIN. The PIN is checked by the kiosk's
 * own {@link AdminGate} (scrypt, the lockout persisted beside the config); a right PIN gets a random
 * token that the page keeps in memory and sends as `Authorization: Bearer`. There is one session,
 * as on the kiosk: a new unlock ends the previous one, and it ends by itself after the gate's idle
 * time. A token rather than a cookie: a cookie would ride along with every request any tab of the
 * origin makes, so a visitor could open `/api/status` in a new tab while a technician is unlocked.
 */
export class WebAdminSession {
  private token: Buffer | null = null;

  constructor(
    private readonly gate: AdminGate,
    private readonly newToken: () => Buffer = () => randomBytes(32),
  ) {}

  /** Checks a PIN; a right one starts a new session and returns its token. */
  async unlock(pin: string, now: number): Promise<WebUnlockResult> {
    const result = await this.gate.unlock(pin, now);
    if (!result.ok) return result;
    this.token = this.newToken();
    return { ...result, token: this.token.toString('base64url') };
  }

  /** True for the current session's token while the session lasts (each call extends it). */
  authorize(token: string | null, now: number): boolean {
    return this.matches(token) && this.gate.authorize(now);
  }

  /** Ends the session, if `token` is its token: a visitor's tab cannot log a technician out. */
  lock(token: string | null): void {
    if (!this.matches(token)) return;
    this.token = null;
    this.gate.lock();
  }

  private matches(token: string | null): boolean {
    if (!this.token || !token) return false;
    const given = Buffer.from(token, 'base64url');
    return given.length === this.token.length && timingSafeEqual(given, this.token);
  }
}
