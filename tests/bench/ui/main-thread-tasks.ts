/**
 * Every task the page's main thread ran while the grid scrolled, from a Chromium trace, not just
 * the long tasks the page can observe: the 'longtask' entries start at 50 ms, and the scrolling
 * goal is a longest task under 35 ms. Only the `toplevel` category is recorded (one event per task
 * per thread), which keeps the trace of a whole-grid scroll to some tens of MB, plus user timing:
 * a mark the page makes names its main thread. The app and the static page are both on 127.0.0.1,
 * so Chromium may run them in one renderer process: then the static page's figure also counts
 * the app's tasks, idle in the background meanwhile.
 *
 * The same events carry each task's thread time (`tdur`) beside its wall time, so the trace also
 * says which threads had the CPU: on two cores a main-thread task is long as often because the
 * raster or compositor threads held both cores as because of its own work (README, performance).
 * With `explain`, the main thread's own steps (script, style, layout, paint...) are recorded too
 * and every task over 35 ms is broken down by them; that trace is several times larger, so use it
 * with fewer pieces (`--pieces 3000`): past about 512 MB it cannot be read as one string.
 * `explain` also records V8's own account of every garbage collection on the page's main thread
 * (collections.ts): the long tasks left while scrolling were full collections, and that account
 * says whose heap started them.
 */
import type { Browser } from '@playwright/test';
import { GC_CATEGORY, readCollections, type Collections } from './collections';

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs. */
  tdur?: number;
  args?: { name?: string; value?: string };
}

const MARK = 'ui-bench-traced-page';
/**
 * Optional marks bounding the tasks that count: with them, what ran before the first or after the
 * second (the forced collections `--explain-scroll` measures the heap with) is not a task of the scroll.
 */
export const WINDOW_MARKS = ['ui-bench-window-start', 'ui-bench-window-end'] as const;
/** The events that wrap one whole task, on any thread. */
const TASK_EVENTS = new Set(['ThreadControllerImpl::RunTask', 'ThreadPool_RunTask']);
/** The scrolling goal: no main-thread task longer than this (ms). */
export const LONG_MS = 35;

export interface TaskTrace {
  /** Durations (ms) of the page's main-thread tasks, longest first. */
  tasks: number[];
  /** CPU time (ms) of the busiest threads while tracing, "process/thread" -> ms, busiest first. */
  threadCpuMs: Record<string, number>;
  /** With `explain`: one line per main-thread task over 35 ms, its wall and CPU time and steps. */
  longTaskSteps: string[];
  /** With `explain`: the garbage collections on the page's main thread (empty without). */
  collections: Collections;
}

/**
 * Starts a browser-wide trace and marks `page`'s main thread (any page the benchmark can evaluate
 * in: a Playwright page or a plain one, plain-page.ts).
 */
export async function startTaskTrace(
  browser: Browser,
  page: { evaluate(expression: string): Promise<unknown> },
  o: { explain?: boolean } = {},
): Promise<void> {
  const categories = [
    'toplevel',
    'blink.user_timing',
    ...(o.explain ? ['devtools.timeline', 'v8.execute', GC_CATEGORY] : []),
  ];
  await browser.startTracing(undefined, { categories });
  await page.evaluate(`performance.mark(${JSON.stringify(MARK)})`);
}

export async function stopTaskTrace(browser: Browser): Promise<TaskTrace> {
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  return summariseTrace(trace.traceEvents);
}

/** The figures of one trace (Chromium's JSON trace events). */
export function summariseTrace(events: TraceEvent[]): TaskTrace {
  const thread = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const mark = events.find((e) => e.name === MARK);
  if (!mark) throw new Error('the traced page left no mark: its main thread is unknown');
  const main = thread(mark);
  const [from, to] = WINDOW_MARKS.map(
    (name) => events.find((e) => e.name === name && thread(e) === main)?.ts,
  );
  const inWindow = (e: TraceEvent) =>
    from === undefined || to === undefined || (e.ts >= from && e.ts + (e.dur ?? 0) <= to);
  const mainTasks = events.filter(
    (e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && thread(e) === main && inWindow(e),
  );
  return {
    tasks: mainTasks.map((e) => (e.dur ?? 0) / 1000).sort((a, b) => b - a),
    threadCpuMs: threadCpu(events, thread),
    longTaskSteps: longTaskSteps(events, mainTasks, main, thread),
    collections: readCollections(events, mark.ts, (e) => thread(e) === main),
  };
}

function threadCpu(events: TraceEvent[], thread: (e: TraceEvent) => string): Record<string, number> {
  const names = new Map<string, string>();
  const processes = new Map<number, string>();
  for (const e of events) {
    if (e.ph !== 'M') continue;
    if (e.name === 'thread_name') names.set(thread(e), e.args?.name ?? '?');
    if (e.name === 'process_name') processes.set(e.pid, e.args?.name ?? '?');
  }
  const cpu = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || !TASK_EVENTS.has(e.name)) continue;
    const key = `${processes.get(e.pid) ?? e.pid}/${names.get(thread(e)) ?? e.tid}`;
    cpu.set(key, (cpu.get(key) ?? 0) + (e.tdur ?? 0) / 1000);
  }
  return Object.fromEntries(
    [...cpu]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([key, ms]) => [key, Math.round(ms)]),
  );
}

/**
 * Each long main-thread task with the self time of the steps inside it (an event's duration less
 * its children's), largest first. Empty when only task events were recorded.
 */
function longTaskSteps(
  events: TraceEvent[],
  mainTasks: TraceEvent[],
  main: string,
  thread: (e: TraceEvent) => string,
): string[] {
  const steps = events
    .filter((e) => e.ph === 'X' && thread(e) === main && !TASK_EVENTS.has(e.name))
    // A parent before its children, also when they start on the same microsecond.
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  if (steps.length === 0) return [];
  const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);
  const ms = (us: number | undefined) => Math.round((us ?? 0) / 1000);
  return mainTasks
    .filter((task) => (task.dur ?? 0) / 1000 > LONG_MS)
    .sort((a, b) => a.ts - b.ts)
    .map((task) => {
      const inside = steps.filter((e) => e.ts >= task.ts && end(e) <= end(task));
      const self = new Map<string, number>();
      // Events nest properly on one thread: walk them with a stack of open parents.
      const open: TraceEvent[] = [];
      for (const e of inside) {
        while (open.length > 0 && end(open[open.length - 1]!) <= e.ts) open.pop();
        const parent = open[open.length - 1];
        if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - (e.dur ?? 0));
        self.set(e.name, (self.get(e.name) ?? 0) + (e.dur ?? 0));
        open.push(e);
      }
      const parts = [...self]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([name, us]) => `${name} ${ms(us)}`);
      return `${ms(task.dur)} ms (CPU ${ms(task.tdur)} ms): ${parts.join(', ')}`;
    });
}
