import { useEffect, useState } from 'react';
import { advance, settle, START, type CycleState } from './attract-cycle';

/** How long each picture stays, and how long two pictures cross-fade (keep in step with attract.css). */
const DWELL_MS = 9000;
const FADE_MS = 1600;

/** Steps the attract loop through `count` slides; still when there is one slide or none. */
export function useAttractCycle(count: number): CycleState {
  const [state, setState] = useState<CycleState>(START);
  useEffect(() => {
    if (count < 2) return undefined;
    let fade: number | undefined;
    const timer = window.setInterval(() => {
      setState(advance);
      window.clearTimeout(fade);
      fade = window.setTimeout(() => setState(settle), FADE_MS);
    }, DWELL_MS);
    return () => {
      window.clearInterval(timer);
      window.clearTimeout(fade);
    };
  }, [count]);
  return state;
}
