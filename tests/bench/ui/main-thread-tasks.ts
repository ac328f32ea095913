/**
 * Every task the page's main thread ran while the grid scrolled, from a Chromium trace, not just
 * the long tasks the page can observe: the 'longtask' entries start at 50 ms, and the scrolling
 * goal is a longest task under 35 ms. Only the `toplevel` category is recorded (one event per task
 * per thread), which keeps the trace of a whole-grid scroll to some tens of MB, plus user timing:
 * a mark the page makes names its main thread. The app and the static page are both on 127.0.0.1,
 * so Chromium may run them in one renderer process: then the static page's figure also counts
 * the app's tasks, idle in the background meanwhile.
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

const MARK = 'ui-bench-traced-page';

export async function startTaskTrace(browser: Browser, page: Page): Promise<void> {
  await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
  await page.evaluate((name) => performance.mark(name), MARK);
}

/** Stops the trace; the durations (ms) of the page's main-thread tasks, longest first. */
export async function stopTaskTrace(browser: Browser): Promise<number[]> {
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  const events = trace.traceEvents;
  const thread = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const mark = events.find((e) => e.name === MARK);
  if (!mark) throw new Error('the traced page left no mark: its main thread is unknown');
  return events
    .filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && thread(e) === thread(mark))
    .map((e) => (e.dur ?? 0) / 1000)
    .sort((a, b) => b - a);
}
