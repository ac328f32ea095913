import { describe, expect, it } from 'vitest';
import { describeCollections, readCollections } from '../../../bench/ui/collections';
import { summariseTrace, type TraceEvent } from '../../../bench/ui/main-thread-tasks';

const MB = 1e6;
// V8's record of one collection, as Chromium writes it (sizes in bytes, times in ms).
const nvp = (
  tsMs: number,
  gc: string,
  pause: number,
  reason: string,
  old: [number, number],
  global: [number, number],
  tid = 10,
): TraceEvent => ({
  name: 'V8.GCTraceGCNVP',
  ph: 'X',
  pid: 1,
  tid,
  ts: tsMs * 1000,
  args: {
    value: JSON.stringify({
      pause,
      gc,
      reason,
      start_old_gen_consumed_size: old[0] * MB,
      end_old_gen_consumed_size: old[1] * MB,
      start_global_consumed_size: global[0] * MB,
      end_global_consumed_size: global[1] * MB,
    }),
  },
});

// Like the scroll's: a scavenge with Blink's heap at 42 MB, a full collection at 89 MB that frees
// it while V8's old generation hardly moves, then a scavenge after.
const events: TraceEvent[] = [
  nvp(4000, 's', 19.7, 'allocation failure', [11.2, 11.5], [53.2, 53.5]),
  nvp(11800, 'mc', 49.4, 'finalize incremental marking via task', [11.9, 11.3], [100.9, 22.9]),
  nvp(12500, 's', 2.1, 'allocation failure', [11.4, 11.5], [40.4, 40.5]),
];

describe('readCollections', () => {
  it("tells full from young collections and reports Blink's heap as global less old generation", () => {
    const c = readCollections(events, 0);
    expect(c.list.map((x) => [x.atMs, x.full, x.pauseMs])).toEqual([
      [4000, false, 19.7],
      [11800, true, 49.4],
      [12500, false, 2.1],
    ]);
    expect(c.list[1]!.v8OldMB).toEqual([11.9, 11.3]);
    expect(c.list[1]!.blinkMB).toEqual([89, 11.6]);
    // Grown between collections: Blink 42.0 -> 89.0 and 11.6 -> 29.0; V8 11.5 -> 11.9, 11.3 -> 11.4.
    expect(c.blinkGrownMB).toBe(64.4);
    expect(c.v8OldGrownMB).toBe(0.5);
  });

  it('leaves out records without heap sizes instead of reading them as zeros', () => {
    const partial: TraceEvent = { ...events[1]!, args: { value: JSON.stringify({ gc: 'mc', pause: 30 }) } };
    const c = readCollections([events[0]!, partial, events[2]!], 0);
    expect(c.list).toHaveLength(2);
    expect(c.list.every((x) => !x.full)).toBe(true);
  });

  it('prints a summary and one line per full collection, and nothing when none was recorded', () => {
    const lines = describeCollections(readCollections(events, 0));
    expect(lines).toEqual([
      "collections: 1 full (longest pause 49.4 ms), 2 young; between them Blink's heap grew 64.4 MB, V8's old generation 0.5 MB",
      'full collection at 11.8 s: 49.4 ms pause (finalize incremental marking via task); V8 old generation 11.9 -> 11.3 MB, Blink 89 -> 11.6 MB',
    ]);
    expect(describeCollections(readCollections([], 0))).toEqual([]);
  });
});

describe('summariseTrace', () => {
  it("reads only the traced page's main thread, timed from the page's mark", () => {
    const figures = summariseTrace([
      { name: 'ui-bench-traced-page', ph: 'R', pid: 1, tid: 10, ts: 1000 * 1000 },
      ...events,
      // Another thread's collection (a worker's isolate): not the page's.
      nvp(5000, 'mc', 80, 'allocation failure', [30, 10], [40, 12], 12),
    ]);
    expect(figures.collections.list.map((x) => x.atMs)).toEqual([3000, 10800, 11500]);
  });
});
