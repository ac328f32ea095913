import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  checkIdleConfig,
  DEFAULT_IDLE_CONFIG,
  idleReducer,
  INITIAL_IDLE_STATE,
  secondsLeft,
} from './idle-machine';
import type { IdleEvent, IdleState } from './idle-machine';

export interface IdleResetOptions {
  /** Idle time before the question appears, in ms. Default 90 000. */
  idleMs?: number;
  /** Countdown shown by the question, in seconds. Default 30. */
  countdownSec?: number;
  /** Puts the whole app back to its start: attract screen, language, filters, modes... */
  onReset: () => void;
  /** False where there is nothing to reset (the attract screen itself). Default true. */
  enabled?: boolean;
  /** How often time is checked, in ms. Default 250, so the countdown steps on time. */
  tickMs?: number;
}

export interface IdleReset {
  /** `warning` while the "still there?" question should show. */
  phase: 'active' | 'warning';
  /** Whole seconds left in the countdown. */
  remainingSec: number;
  /** The visitor's "continue". */
  continueSession: () => void;
  /** The visitor's "start again": resets at once. */
  startAgain: () => void;
}

/** Touches, keys and wheel turns anywhere count as someone being there. */
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel'] as const;

/**
 * Drives {@link idleReducer} from a timer and window activity. The machine's state lives in a ref and
 * only its visible part (phase, whole seconds) in React state, so the component using the hook does
 * not re-render on every tick or every touch - only when the question appears or its number changes.
 */
export function useIdleReset({
  idleMs = DEFAULT_IDLE_CONFIG.idleMs,
  countdownSec = DEFAULT_IDLE_CONFIG.countdownSec,
  onReset,
  enabled = true,
  tickMs = 250,
}: IdleResetOptions): IdleReset {
  const config = useMemo(() => checkIdleConfig({ idleMs, countdownSec }), [idleMs, countdownSec]);
  const machine = useRef<IdleState>(INITIAL_IDLE_STATE);
  const [phase, setPhase] = useState<IdleReset['phase']>('active');
  const [remainingSec, setRemainingSec] = useState(config.countdownSec);
  const onResetRef = useRef(onReset);
  useEffect(() => {
    onResetRef.current = onReset;
  }, [onReset]);

  const dispatch = useCallback(
    (event: IdleEvent) => {
      const next = idleReducer(machine.current, event, config);
      if (next === machine.current) return;
      if (next.phase === 'reset') {
        machine.current = idleReducer(next, { type: 'restart' }, config);
        onResetRef.current();
      } else {
        machine.current = next;
      }
      setPhase(machine.current.phase === 'warning' ? 'warning' : 'active');
      setRemainingSec(secondsLeft(machine.current, config));
    },
    [config],
  );

  useEffect(() => {
    if (!enabled) return undefined;
    machine.current = INITIAL_IDLE_STATE;
    let last = performance.now();
    const timer = window.setInterval(() => {
      const now = performance.now();
      dispatch({ type: 'tick', elapsedMs: now - last });
      last = now;
    }, tickMs);
    const onActivity = () => dispatch({ type: 'activity' });
    const listenerOptions = { capture: true, passive: true };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, listenerOptions);
    return () => {
      window.clearInterval(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, listenerOptions);
      // Leaving (e.g. to the attract screen) closes any open question.
      machine.current = INITIAL_IDLE_STATE;
      setPhase('active');
      setRemainingSec(config.countdownSec);
    };
  }, [enabled, tickMs, dispatch, config]);

  return {
    phase,
    remainingSec,
    continueSession: useCallback(() => dispatch({ type: 'continue' }), [dispatch]),
    startAgain: useCallback(() => dispatch({ type: 'reset-now' }), [dispatch]),
  };
}
