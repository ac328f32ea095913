import { DEFAULT_IDLE_CONFIG, type IdleConfig } from '../kit';

/** The idle part of the kiosk settings (`window.kiosk.settings()` in Electron). */
export interface IdleSettings {
  idleTimeoutSec: number;
  idleCountdownSec: number;
}

const positive = (value: number) => Number.isFinite(value) && value > 0;

/**
 * The idle timings to use: the kiosk's settings when the Electron host gave them (else the kit's
 * 90 s + 30 s), overridden by `?idle=SECONDS&countdown=SECONDS` in the page URL - that override is
 * for tests and a curator's preview in a browser; the kiosk's own URL carries no query. A bad
 * override value is ignored with a warning naming the parameter.
 */
export function idleTimings(search: string, settings?: IdleSettings | null, warn = console.warn): IdleConfig {
  let idleMs = DEFAULT_IDLE_CONFIG.idleMs;
  let countdownSec = DEFAULT_IDLE_CONFIG.countdownSec;
  if (settings && positive(settings.idleTimeoutSec)) idleMs = settings.idleTimeoutSec * 1000;
  if (settings && Number.isInteger(settings.idleCountdownSec) && settings.idleCountdownSec > 0)
    countdownSec = settings.idleCountdownSec;

  const query = new URLSearchParams(search);
  const idle = query.get('idle');
  if (idle !== null) {
    if (positive(Number(idle))) idleMs = Number(idle) * 1000;
    else warn(`idle reset: URL parameter "idle" must be a positive number of seconds, got "${idle}"`);
  }
  const countdown = query.get('countdown');
  if (countdown !== null) {
    const value = Number(countdown);
    if (Number.isInteger(value) && value > 0) countdownSec = value;
    else warn(`idle reset: URL parameter "countdown" must be a positive whole number, got "${countdown}"`);
  }
  return { idleMs, countdownSec };
}
