import { vi } from 'vitest';

/**
 * A stand-in for renderer/insights/recorder in hook tests:
 * `vi.mock('.../renderer/insights/recorder', () => import('.../support/recorder-stand-in'))`.
 * `record` sees every event; `endVisit` runs what screens registered with `beforeEnd`, as the
 * recorder does when a visit ends.
 */
export const record = vi.fn();
export const pendingBeforeEnd = new Set<() => void>();
export const endVisit = () => pendingBeforeEnd.forEach((pending) => pending());

export function insightsRecorder() {
  return {
    record,
    beforeEnd: (pending: () => void) => {
      pendingBeforeEnd.add(pending);
      return () => pendingBeforeEnd.delete(pending);
    },
  };
}
