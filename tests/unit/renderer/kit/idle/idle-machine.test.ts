import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkIdleConfig,
  DEFAULT_IDLE_CONFIG,
  idleReducer,
  INITIAL_IDLE_STATE,
  secondsLeft,
} from '../../../../../renderer/kit/idle/idle-machine';
import type { IdleEvent, IdleState } from '../../../../../renderer/kit/idle/idle-machine';

const config = { idleMs: 90_000, countdownSec: 30 };
const run = (events: IdleEvent[], start: IdleState = INITIAL_IDLE_STATE) =>
  events.reduce((state, event) => idleReducer(state, event, config), start);
const tick = (elapsedMs: number): IdleEvent => ({ type: 'tick', elapsedMs });

describe('idleReducer', () => {
  it('defaults to 90 s idle and a 30 s countdown', () => {
    expect(DEFAULT_IDLE_CONFIG).toEqual({ idleMs: 90_000, countdownSec: 30 });
  });

  it('stays active below the threshold and warns at it', () => {
    expect(run([tick(89_999)])).toEqual({ phase: 'active', idleForMs: 89_999 });
    const warning = run([tick(89_999), tick(1)]);
    expect(warning).toEqual({ phase: 'warning', remainingMs: 30_000 });
    expect(secondsLeft(warning, config)).toBe(30);
  });

  it('activity while active starts the idle time over', () => {
    const state = run([tick(80_000), { type: 'activity' }, tick(80_000)]);
    expect(state).toEqual({ phase: 'active', idleForMs: 80_000 });
  });

  it('counts down in whole seconds and resets at zero', () => {
    const warning = run([tick(90_000), tick(500)]);
    expect(secondsLeft(warning, config)).toBe(30);
    expect(secondsLeft(run([tick(29_001)], warning), config)).toBe(1);
    expect(run([tick(29_500)], warning)).toEqual({ phase: 'reset' });
  });

  it('charges time past the threshold against the countdown (a late tick)', () => {
    expect(run([tick(100_000)])).toEqual({ phase: 'warning', remainingMs: 20_000 });
    expect(run([tick(200_000)])).toEqual({ phase: 'reset' });
  });

  it('continue cancels the warning; activity alone does not', () => {
    const warning = run([tick(95_000)]);
    expect(run([{ type: 'activity' }], warning)).toBe(warning);
    expect(run([{ type: 'continue' }], warning)).toEqual(INITIAL_IDLE_STATE);
  });

  it('start again resets at once, and restart begins a fresh count', () => {
    const reset = run([tick(95_000), { type: 'reset-now' }]);
    expect(reset).toEqual({ phase: 'reset' });
    expect(run([tick(1_000_000), { type: 'activity' }, { type: 'continue' }], reset)).toBe(reset);
    expect(run([{ type: 'restart' }], reset)).toEqual(INITIAL_IDLE_STATE);
  });

  it('ignores negative elapsed time (a clock stepping back)', () => {
    expect(run([tick(1_000), tick(-5_000)])).toEqual({ phase: 'active', idleForMs: 1_000 });
  });

  it('returns the same state object when nothing changes, so the hook can skip renders', () => {
    expect(idleReducer(INITIAL_IDLE_STATE, { type: 'activity' }, config)).toBe(INITIAL_IDLE_STATE);
    expect(idleReducer(INITIAL_IDLE_STATE, { type: 'continue' }, config)).toBe(INITIAL_IDLE_STATE);
  });

  it('resets exactly when idle time plus countdown has passed without activity', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5_000 }), { maxLength: 200 }), (steps) => {
        const state = run(steps.map(tick));
        const total = steps.reduce((a, b) => a + b, 0);
        const expected = total < 90_000 ? 'active' : total < 120_000 ? 'warning' : 'reset';
        expect(state.phase).toBe(expected);
      }),
    );
  });
});

describe('checkIdleConfig', () => {
  it('accepts a shortened test configuration', () => {
    expect(checkIdleConfig({ idleMs: 2_000, countdownSec: 3 })).toEqual({ idleMs: 2_000, countdownSec: 3 });
  });

  it('names the bad field', () => {
    expect(() => checkIdleConfig({ idleMs: 0, countdownSec: 30 })).toThrow(/idleMs/);
    expect(() => checkIdleConfig({ idleMs: Number.NaN, countdownSec: 30 })).toThrow(/idleMs/);
    expect(() => checkIdleConfig({ idleMs: 1_000, countdownSec: 1.5 })).toThrow(/countdownSec/);
  });
});
