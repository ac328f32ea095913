/**
 * Every task the page's main thread ran while the grid scrolled, from a Chromium trace, not just
 * the long tasks the page can observe: the 'longtask' entries start at 50 ms, and the scrolling
 * goal is a longest task under 35 ms. Only the `toplevel` category is recorded (one event per task
 * per thread), which keeps the trace of a whole-grid scroll to some tens of MB.
 */
import type { Browser, Page } from '@playwright/test';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

export async function startTaskTrace(browser: Browser, page: Page): Promise<void> {
  await browser.startTracing(page, { categories: ['toplevel'] });
}

/** Stops the trace; the durations (ms) of the page's main-thread tasks, longest first. */
export async function stopTaskTrace(browser: Browser): Promise<number[]> {
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  const events = trace.traceEvents;
  const thread = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  // The browser has a renderer main thread per page (and one per worker-less frame process); the
  // scrolled page's is the busiest of them.
  const mains = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(thread),
  );
  const tasks = new Map<string, number[]>();
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask' || !mains.has(thread(e))) continue;
    const list = tasks.get(thread(e)) ?? [];
    list.push((e.dur ?? 0) / 1000);
    tasks.set(thread(e), list);
  }
  const busiest = [...tasks.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  return busiest.sort((a, b) => b - a);
}
