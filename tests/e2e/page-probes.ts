import type { Page } from '@playwright/test';

/**
 * Page-side measurements shared by the layout specs: long tasks (a PerformanceObserver on
 * 'longtask', every entry of which blocked the main thread for over 50 ms) and elements that
 * stick out of the viewport sideways.
 */

/** Starts recording long tasks from the page's first script on (call before `page.goto`). */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    const keep = (entries: PerformanceEntryList) => {
      for (const entry of entries) tasks.push({ start: entry.startTime, duration: entry.duration });
    };
    const observer = new PerformanceObserver((list) => keep(list.getEntries()));
    observer.observe({ type: 'longtask', buffered: true });
    // Entries not yet handed to the callback are taken on demand (see longTasks()).
    Object.assign(window, { __longTasks: tasks, __takeLongTasks: () => keep(observer.takeRecords()) });
  });
}

/** Forgets the long tasks so far (e.g. those of the first sync), so a check covers only what follows. */
export async function clearLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __longTasks: unknown[] }).__longTasks.length = 0;
  });
}

/** The durations (ms, rounded) of the long tasks recorded since the last clear. */
export async function longTasks(page: Page): Promise<number[]> {
  // A task still running when this is asked is reported once it ends: wait two frames first.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => {
    const probe = window as unknown as { __longTasks: { duration: number }[]; __takeLongTasks: () => void };
    probe.__takeLongTasks();
    return probe.__longTasks.map((t) => Math.round(t.duration));
  });
}

/**
 * Elements wider than the viewport or reaching past its left or right edge, described by tag,
 * class and size (empty when nothing sticks out). Elements inside a scroll container that scrolls
 * sideways on purpose (`data-scrolls-sideways`) and the deep-zoom viewer's own drawing surface are
 * left out; what is clipped out of sight by an `overflow: hidden` box is still counted, because a
 * visitor cannot read it either.
 */
export async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width + 1)
      found.push(`document ${document.documentElement.scrollWidth}px`);
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      if (element.closest('[data-scrolls-sideways], .kit-zoom__canvas')) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.width > width + 1 || box.right > width + 1 || box.left < -1) {
        found.push(
          `${element.tagName.toLowerCase()}.${element.className} ${Math.round(box.left)}..${Math.round(box.right)}`,
        );
      }
    }
    return found.slice(0, 10);
  });
}

/** Scrolls every vertical scroll container on screen to its end in steps, a frame apart. */
async function scrollThrough(page: Page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(done));
    const scrollers = [...document.querySelectorAll<HTMLElement>('*')].filter((el) => {
      const style = getComputedStyle(el);
      return /(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
    });
    for (const el of scrollers) {
      for (let step = 0; step < 12 && el.scrollTop + el.clientHeight < el.scrollHeight - 1; step++) {
        el.scrollTop += el.clientHeight * 0.8;
        await frame();
      }
    }
  });
}

/**
 * Runs `action` (it opens or changes a screen), scrolls through the screen and expects no long
 * task. A run is repeated up to four times when it saw one: on the 2-core machines shared with
 * other jobs the page's thread is sometimes preempted mid-task, which a retry does not repeat,
 * while a text laid out whole blocks every run (for minutes, before the fix). Three runs were not
 * enough under CI's own two workers: on 2026-12-03 eight runs of the spec on the code before that
 * day's changes retried a step six times (tasks of 52-106 ms, load 7), and one CI run saw such
 * tasks in all three tries of one step.
 */
export async function expectNoLongTask(page: Page, what: string, action: () => Promise<void>) {
  const runs: number[][] = [];
  for (let run = 0; run < 5; run++) {
    await clearLongTasks(page);
    await action();
    await scrollThrough(page);
    const tasks = await longTasks(page);
    if (tasks.length === 0) return;
    runs.push(tasks);
    console.log(`${what}: long tasks (ms) ${JSON.stringify(tasks)}, run again`);
  }
  throw new Error(`${what}: long tasks (ms) in every run: ${JSON.stringify(runs)}`);
}
