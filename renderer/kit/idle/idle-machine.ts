/**
 * The idle-reset state machine, pure so it can be tested without timers or a DOM:
 * `active` counts idle time up; past `idleMs` it turns into `warning`, which counts down
 * `countdownSec`; at zero it becomes `reset`, which the host acts on and then `restart`s.
 */
export interface IdleConfig {
  /** Idle time before the "still there?" question, in ms. */
  idleMs: number;
  /** Length of the countdown shown by the question, in seconds. */
  countdownSec: number;
}

export const DEFAULT_IDLE_CONFIG: IdleConfig = { idleMs: 90_000, countdownSec: 30 };

export type IdleState =
  { phase: 'active'; idleForMs: number } | { phase: 'warning'; remainingMs: number } | { phase: 'reset' };

export type IdleEvent =
  /** Time passed; `elapsedMs` is measured by the caller, so throttled timers cannot stretch it. */
  | { type: 'tick'; elapsedMs: number }
  /** A touch, key or wheel anywhere in the app. */
  | { type: 'activity' }
  /** The visitor answered "continue". */
  | { type: 'continue' }
  /** The visitor answered "start again". */
  | { type: 'reset-now' }
  /** The host has reset the app; start counting again. */
  | { type: 'restart' };

export const INITIAL_IDLE_STATE: IdleState = { phase: 'active', idleForMs: 0 };

/**
 * Activity during the warning is deliberately ignored: the touch that presses "start again"
 * reaches the window first and must not cancel the question it answers. Only the two answers
 * (or the countdown) leave the warning.
 */
export function idleReducer(state: IdleState, event: IdleEvent, config: IdleConfig): IdleState {
  switch (event.type) {
    case 'tick':
      return tick(state, Math.max(0, event.elapsedMs), config);
    case 'activity':
      return state.phase === 'active' && state.idleForMs !== 0 ? INITIAL_IDLE_STATE : state;
    case 'continue':
      return state.phase === 'warning' ? INITIAL_IDLE_STATE : state;
    case 'reset-now':
      return state.phase === 'reset' ? state : { phase: 'reset' };
    case 'restart':
      return INITIAL_IDLE_STATE;
  }
}

function tick(state: IdleState, elapsedMs: number, config: IdleConfig): IdleState {
  if (state.phase === 'active') {
    const idleForMs = state.idleForMs + elapsedMs;
    if (idleForMs < config.idleMs) return { phase: 'active', idleForMs };
    // Time past the threshold already counts against the countdown.
    return countDown(config.countdownSec * 1000 - (idleForMs - config.idleMs));
  }
  if (state.phase === 'warning') return countDown(state.remainingMs - elapsedMs);
  return state;
}

function countDown(remainingMs: number): IdleState {
  return remainingMs > 0 ? { phase: 'warning', remainingMs } : { phase: 'reset' };
}

/** Whole seconds left to show: 30 until a full second has passed, 1 in the last second. */
export function secondsLeft(state: IdleState, config: IdleConfig): number {
  if (state.phase === 'warning') return Math.ceil(state.remainingMs / 1000);
  return state.phase === 'reset' ? 0 : config.countdownSec;
}

/** Checks a host-supplied configuration, naming the bad field. */
export function checkIdleConfig(config: IdleConfig): IdleConfig {
  if (!Number.isFinite(config.idleMs) || config.idleMs <= 0) {
    throw new RangeError(`idle reset: idleMs must be a positive number of ms, got ${config.idleMs}`);
  }
  if (!Number.isInteger(config.countdownSec) || config.countdownSec <= 0) {
    throw new RangeError(
      `idle reset: countdownSec must be a positive whole number, got ${config.countdownSec}`,
    );
  }
  return config;
}
