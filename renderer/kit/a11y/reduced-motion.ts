/** The media query the operating system's "reduce motion" setting answers. */
export const REDUCED_MOTION_QUERY = '(prefers-reduced-motion: reduce)';

type MatchMedia = (
  query: string,
) => Pick<MediaQueryList, 'matches' | 'addEventListener' | 'removeEventListener'>;

/**
 * A `useSyncExternalStore` source for the reduced-motion preference, built from any `matchMedia`
 * so it can be tested without a browser. Without `matchMedia` motion counts as allowed.
 */
export function reducedMotionSource(matchMedia: MatchMedia | undefined) {
  const list = matchMedia?.(REDUCED_MOTION_QUERY);
  return {
    subscribe(onChange: () => void): () => void {
      list?.addEventListener('change', onChange);
      return () => list?.removeEventListener('change', onChange);
    },
    getSnapshot: (): boolean => list?.matches ?? false,
  };
}
