/**
 * Scripted visitor journeys for the memory figures. One journey, by touch on the real screens:
 * attract -> home -> a group (browse with a filter) -> a piece -> zoom in (and, every fifth
 * journey, a look of a few seconds) -> home -> search -> a word typed on the on-screen keyboard ->
 * walk away (the page runs with a 2 s idle time and a 1 s countdown; the "still there?" question
 * appears and its reset at zero) -> attract.
 */
import type { CDPSession, Page } from '@playwright/test';
import { workerHeapsMB } from './worker-heap';

const WORDS = ['soga', 'kain', 'naga', 'laut', 'bunga'];
/** A visitor's look at a zoomed cloth, in journeys 1, 6, 11...: a dwell time, not a wait for the app. */
const LINGER_MS = 4_000;

export async function journey(page: Page, n: number, o: { settleIndex?: boolean } = {}): Promise<void> {
  // The visitor stays present while screens load (a slow, busy machine must not reset them
  // mid-journey): a wheel event, one of the idle timer's activity signals, every 300 ms until
  // they walk away.
  await page.evaluate('window.__present = setInterval(() => dispatchEvent(new WheelEvent("wheel")), 300)');
  await page.getByRole('button', { name: /Sentuh untuk mulai/ }).tap();
  await page
    .locator('.home-group')
    .nth(n % 5)
    .tap();
  const card = page.locator('.piece-card').nth(n % 6);
  await card.tap();
  await page.locator('#piece-title').waitFor();
  await page.getByRole('button', { name: 'Perbesar' }).tap();
  await page.locator('[data-zoom]').first().waitFor();
  // Every fifth visitor looks at the cloth a while: longer than the 3 s Dexie keeps a query's
  // result after its last screen closed, which is when a screen's read of every piece used to
  // make a second copy of the collection on the page (72 MB at 10,000 pieces, issue 12).
  if (n % 5 === 1) await page.waitForTimeout(LINGER_MS);
  await page.getByRole('button', { name: 'Beranda' }).tap();
  await page.locator('.home-entry[data-entry="search"]').tap();
  const keyboard = page.getByRole('group', { name: 'Papan ketik' });
  const word = WORDS[n % WORDS.length];
  for (const key of word) await keyboard.getByRole('button', { name: key, exact: true }).tap();
  await page.waitForFunction(
    `document.querySelector('input[type="search"], [role="searchbox"]')?.value === ${JSON.stringify(word)}`,
  );
  // The warm-up journey waits for the index's details part (descriptions, labels), which loads in
  // the background after the names: measured before it, the heap would "grow" by the whole part.
  if (o.settleIndex) await page.locator('.search-screen[data-index="complete"]').waitFor();
  // Walking away: the question appears after the idle seconds and the countdown resets at zero.
  await page.evaluate('clearInterval(window.__present)');
  await page.locator('.app[data-route="attract"]').waitFor();
}

export interface MemorySample {
  /** The page's heap and its workers' together. */
  heapMB: number;
  pageHeapMB: number;
  workerHeapsMB: Record<string, number>;
  nodes: number;
  listeners: number;
}

const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 100) / 100;

/** Heap (the page's and its workers') and DOM size after two forced garbage collections. */
export async function memory(cdp: CDPSession, browser: CDPSession): Promise<MemorySample> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const workers = await workerHeapsMB(browser);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  const workerTotal = Object.values(workers).reduce((sum, value) => sum + value, 0);
  return {
    heapMB: Math.round((mb(heap.usedSize) + workerTotal) * 100) / 100,
    pageHeapMB: mb(heap.usedSize),
    workerHeapsMB: workers,
    nodes: metric('Nodes'),
    listeners: metric('JSEventListeners'),
  };
}
