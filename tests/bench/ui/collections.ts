/**
 * Garbage collections on the traced page's main thread, from V8's own record of each one: the
 * `V8.GCTraceGCNVP` event of the `disabled-by-default-v8.gc` trace category, whose `value` is a
 * JSON object with the pause, the reason and the heap sizes before and after.
 *
 * Why: the long tasks left while the grid scrolled were full collections whose V8 old generation
 * hardly changed (about 11 MB before and after) while V8's "global" size - the old generation plus
 * the embedder's heap, which in Chromium is Blink's (DOM nodes, styles, layout objects) - fell by
 * 70-80 MB. The difference of the two is reported as Blink's heap: it is what grows between the
 * collections and so what starts them. (V8 may count some external memory in its global size too;
 * about 1 MB on these pages.)
 */
import type { TraceEvent } from './main-thread-tasks';

/** The trace category that carries the events read here. */
export const GC_CATEGORY = 'disabled-by-default-v8.gc';

interface Collection {
  /** Start, ms after the origin given (the page's mark). */
  atMs: number;
  /** A full (mark-compact) collection; otherwise a young-generation one. */
  full: boolean;
  pauseMs: number;
  reason: string;
  /** V8's old generation before and after, MB. */
  v8OldMB: [number, number];
  /** Blink's heap (V8's global size less its old generation) before and after, MB. */
  blinkMB: [number, number];
}

export interface Collections {
  list: Collection[];
  /** How much Blink's heap grew between one collection and the next, summed, MB. */
  blinkGrownMB: number;
  /** The same for V8's old generation, MB. */
  v8OldGrownMB: number;
}

interface NvpRecord {
  gc?: string;
  pause?: number;
  reason?: string;
  start_old_gen_consumed_size?: number;
  end_old_gen_consumed_size?: number;
  start_global_consumed_size?: number;
  end_global_consumed_size?: number;
}

const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;

/**
 * The collections among `events` recorded on the thread `onThread` picks (all threads without
 * it), timed from `originUs`. Records without the heap sizes (another Chromium's format) are left
 * out rather than read as zeros.
 */
export function readCollections(
  events: TraceEvent[],
  originUs: number,
  onThread: (e: TraceEvent) => boolean = () => true,
): Collections {
  // By name first: a whole-grid trace holds some hundred thousand events, a few dozen of these.
  const records = events
    .filter((e) => e.name === 'V8.GCTraceGCNVP' && typeof e.args?.value === 'string' && onThread(e))
    .sort((a, b) => a.ts - b.ts);
  const list: Collection[] = [];
  let blinkGrown = 0;
  let oldGrown = 0;
  let previous: Collection | undefined;
  for (const event of records) {
    const r = JSON.parse(event.args!.value!) as NvpRecord;
    const sizes = [
      r.start_old_gen_consumed_size,
      r.end_old_gen_consumed_size,
      r.start_global_consumed_size,
      r.end_global_consumed_size,
    ];
    if (sizes.some((n) => typeof n !== 'number') || typeof r.pause !== 'number') continue;
    const [old0, old1, global0, global1] = sizes as number[];
    const collection: Collection = {
      atMs: Math.round((event.ts - originUs) / 1000),
      // 's' is the scavenger, 'mmc' the young generation's mark-compact; 'mc' the full one.
      full: r.gc === 'mc',
      pauseMs: Math.round(r.pause * 10) / 10,
      reason: r.reason ?? '',
      v8OldMB: [mb(old0!), mb(old1!)],
      blinkMB: [mb(global0! - old0!), mb(global1! - old1!)],
    };
    if (previous) {
      blinkGrown += collection.blinkMB[0] - previous.blinkMB[1];
      oldGrown += collection.v8OldMB[0] - previous.v8OldMB[1];
    }
    previous = collection;
    list.push(collection);
  }
  return {
    list,
    blinkGrownMB: Math.round(blinkGrown * 10) / 10,
    v8OldGrownMB: Math.round(oldGrown * 10) / 10,
  };
}

/** Lines for the bench's log: a summary, then one line per full collection. */
export function describeCollections(c: Collections): string[] {
  if (c.list.length === 0) return [];
  const full = c.list.filter((x) => x.full);
  const longest = Math.max(0, ...full.map((x) => x.pauseMs));
  return [
    `collections: ${full.length} full (longest pause ${longest} ms), ${c.list.length - full.length} young; ` +
      `between them Blink's heap grew ${c.blinkGrownMB} MB, V8's old generation ${c.v8OldGrownMB} MB`,
    ...full.map(
      (x) =>
        `full collection at ${(x.atMs / 1000).toFixed(1)} s: ${x.pauseMs} ms pause (${x.reason}); ` +
        `V8 old generation ${x.v8OldMB[0]} -> ${x.v8OldMB[1]} MB, Blink ${x.blinkMB[0]} -> ${x.blinkMB[1]} MB`,
    ),
  ];
}
