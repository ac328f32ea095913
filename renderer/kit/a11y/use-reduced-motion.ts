import { useSyncExternalStore } from 'react';
import { reducedMotionSource } from './reduced-motion';

const source = reducedMotionSource(
  typeof window !== 'undefined' && window.matchMedia ? (query) => window.matchMedia(query) : undefined,
);

/** True while the visitor's system asks for less motion: the attract loop and transitions hold still. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(source.subscribe, source.getSnapshot, () => false);
}
