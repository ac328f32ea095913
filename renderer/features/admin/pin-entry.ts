import type { UnlockResult } from '../../../electron/shared/kiosk-status';

/** Longest PIN the pad accepts; `npm run kiosk-config -- set-pin` takes 4 to 8 digits. */
export const PIN_MAX_LENGTH = 8;

/** A key of the PIN pad. */
export type PinKey = `${number}` | 'clear' | 'back';

/** The PIN after one key press: digits append (up to the maximum), `back` drops one, `clear` all. */
export function pressPinKey(pin: string, key: PinKey): string {
  if (key === 'clear') return '';
  if (key === 'back') return pin.slice(0, -1);
  if (!/^\d$/.test(key) || pin.length >= PIN_MAX_LENGTH) return pin;
  return pin + key;
}

/** What the pad says after an unlock attempt that failed. */
export type PinFeedback =
  { kind: 'wrong' } | { kind: 'locked'; until: number } | { kind: 'no-pin' } | { kind: 'error' };

/** Turns main's answer into what the pad shows; null when the PIN was right. */
export function pinFeedback(result: UnlockResult): PinFeedback | null {
  if (result.ok) return null;
  if (result.reason === 'no-pin') return { kind: 'no-pin' };
  if (result.lockedUntil !== undefined) return { kind: 'locked', until: result.lockedUntil };
  return { kind: 'wrong' };
}

/** Whole seconds until `until` (epoch ms), rounded up so "0 s" is never shown while still locked. */
export function secondsUntil(until: number, now: number): number {
  return Math.max(0, Math.ceil((until - now) / 1000));
}
