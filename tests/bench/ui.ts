/**
 * `npm run bench -- ui [--pieces 10000] [--pictures 1300] [--taps 50] [--journeys 500] [--no-build]
 * [--explain-scroll] [--explain-taps]`: the visitor UI in Debian's Chromium with touch, on a
 * generated 10,000-piece collection served by the real web host and the built renderer. Figures
 * (issue 6 budgets), each with a same-run baseline where one exists; the last stdout line is one
 * JSON object.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import { startWebHost } from '../../electron/node/web/web-host';
import { MUSEUM_PICTURES, writeBenchCollection } from './ui/bench-collection';
import { gzipKB, initialJs } from './ui/initial-js';
import { heapGrowthLines, writeHeapSnapshot } from './ui/heap-snapshot';
import { journey, memory } from './ui/journeys';
import { describeCollections } from './ui/collections';
import { LONG_MS, startTaskTrace, stopTaskTrace, WINDOW_MARKS } from './ui/main-thread-tasks';
import { PROBES } from './ui/page-probes';
import { openPlainPage, waitInPage, type PlainPage } from './ui/plain-page';
import { startProfile, stopProfile } from './ui/profile-summary';
import { serveBaseline } from './ui/static-baseline';
import { watchMachine } from './machine-speed';

const { values: args } = parseArgs({
  options: {
    pieces: { type: 'string', default: '10000' },
    /** Different pictures the pieces cycle through: a museum's photographs (bench-collection.ts). */
    pictures: { type: 'string', default: String(MUSEUM_PICTURES) },
    taps: { type: 'string', default: '50' },
    journeys: { type: 'string', default: '500' },
    'no-build': { type: 'boolean', default: false },
    'profile-scroll': { type: 'boolean', default: false },
    /**
     * Breaks every main-thread task over 35 ms while scrolling into its steps, and lists the garbage
     * collections with the heap that grew before each (main-thread-tasks.ts, collections.ts; use
     * with --pieces 3000). A forced collection before and after the scroll (outside the tasks
     * counted) makes those add up to what the scroll allocated on Blink's heap, per card drawn.
     */
    'explain-scroll': { type: 'boolean', default: false },
    /**
     * Traces the app's taps (and the Back after each) with Chromium's timeline categories and breaks
     * every main-thread task over 35 ms into its steps, as --explain-scroll does for the scroll.
     */
    'explain-taps': { type: 'boolean', default: false },
    /** Skips the two whole-grid scrolls (several minutes at 10,000 pieces) when only other figures are wanted. */
    'no-scroll': { type: 'boolean', default: false },
    /** Writes heap snapshots before and after the journeys and prints what grew (see heap-snapshot.ts). */
    'heap-snapshots': { type: 'boolean', default: false },
  },
});
const root = path.resolve(import.meta.dirname, '../..');
const log = (text: string) => console.log(text);
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
/** Nearest-rank percentile. */
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil(p * values.length) - 1)];
const since = (t0: number) => Math.round(performance.now() - t0);

/** Taps `count` cards (cycling through the first `spread` rendered ones) and times each to detail. */
async function tapToDetail(
  page: Page,
  o: { count: number; spread: number; card: string; detail: string; back: () => Promise<void> },
) {
  const times: number[] = [];
  for (let i = 0; i < o.count; i++) {
    await page
      .locator(o.card)
      .nth(i % o.spread)
      .waitFor();
    await page.evaluate(`window.__uiBench.armTap(${JSON.stringify(o.detail)})`);
    await page
      .locator(o.card)
      .nth(i % o.spread)
      .tap();
    times.push((await page.evaluate('window.__uiBench.tapResult()')) as number);
    await o.back();
  }
  return {
    p50: round(percentile(times, 0.5)),
    p95: round(percentile(times, 0.95)),
    max: round(Math.max(...times)),
    times: times.map((ms) => round(ms)),
  };
}

/**
 * The browse screen started cold `times` times (a page reload: the pieces' summaries read from
 * IndexedDB, the facet index built): ms to its first card, and the page's long tasks meanwhile.
 */
async function coldBrowseStarts(page: Page, times: number) {
  const ms: number[] = [];
  const longTasks: number[][] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    await page.reload();
    await page.locator('.piece-card').first().waitFor();
    ms.push(since(t0));
    const tasks = (await page.evaluate('window.__uiBench.loadLongTasks()')) as number[];
    longTasks.push(tasks.map((d) => Math.round(d)));
  }
  return { ms, longTasks };
}

/**
 * Starts counting the page's long tasks and picture loads; the function it returns stops counting
 * and reports both (the two scrolls below each take one such window).
 */
async function watchScroll(page: PlainPage) {
  const picturesBefore = await page.evaluate<number>('window.__uiBench.picturesLoaded()');
  await page.evaluate('window.__uiBench.startLongTasks()');
  return async () => {
    const tasks = await page.evaluate<number[]>('window.__uiBench.stopLongTasks()');
    const picturesLoaded =
      (await page.evaluate<number>('window.__uiBench.picturesLoaded()')) - picturesBefore;
    return { longTasks: tasks.length, longestMs: round(Math.max(0, ...tasks)), picturesLoaded };
  };
}

/**
 * Scrolls `selector` (or the document) from top to bottom in a plain page (plain-page.ts: no
 * DevTools network domain, as on a kiosk); returns the long tasks the page saw and, from a trace,
 * its longest main-thread task and how many took over 35 ms (the scrolling goal).
 */
async function scrollAll(
  browser: Browser,
  page: PlainPage,
  selector: string | null,
  /** Cards the scroll draws (0 when they are all in the DOM from the start). */
  cards: number,
) {
  const state = () =>
    page.evaluate<{ top: number; height: number; client: number }>(
      `window.__uiBench.scrollState(${JSON.stringify(selector)})`,
    );
  const box = selector
    ? await page.evaluate<{ x: number; y: number; width: number; height: number } | null>(
        `(() => { const r = document.querySelector(${JSON.stringify(selector)})?.getBoundingClientRect(); return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null; })()`,
      )
    : { x: 0, y: 0, width: 1920, height: 1080 };
  if (!box) throw new Error(`${selector}: not on screen`);
  const at = { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height * 0.75) };
  const explain = args['explain-scroll'];
  await startTaskTrace(browser, page, { explain });
  // Explained, the scroll starts and ends with a forced full collection (outside the window of
  // tasks that count), so the collections between them add up to all Blink's heap it allocated.
  const windowMark = (name: string) => page.evaluate(`performance.mark(${JSON.stringify(name)})`);
  if (explain) {
    await page.send('HeapProfiler.collectGarbage');
    await windowMark(WINDOW_MARKS[0]);
  }
  const stopWatch = await watchScroll(page);
  const t0 = performance.now();
  let s = await state();
  const total = s.height - s.client;
  while (s.top + s.client < s.height - 2) {
    // Wheel gestures (Chromium's own input pipeline, smooth-scrolled like a touch fling) of a
    // few screens each: a touch drag cannot travel further than the screen per gesture, and the
    // whole grid is hundreds of screens tall.
    await page.send('Input.synthesizeScrollGesture', {
      ...at,
      yDistance: -5000,
      speed: 20000,
      gestureSourceType: 'mouse',
    });
    s = await state();
  }
  const ms = since(t0);
  const watched = await stopWatch();
  if (explain) {
    await windowMark(WINDOW_MARKS[1]);
    await page.send('HeapProfiler.collectGarbage');
  }
  const traced = await stopTaskTrace(browser);
  if (explain) for (const line of traced.longTaskSteps) log(`  long task ${line}`);
  for (const line of describeCollections(traced.collections)) log(`  ${line}`);
  if (explain && cards > 0) {
    const kb = Math.round((traced.collections.blinkGrownMB * 1000) / cards);
    log(
      `  Blink's heap allocated over the scroll: ${traced.collections.blinkGrownMB} MB, about ${kb} KB per card drawn`,
    );
  }
  return {
    ...watched,
    tracedLongestMs: round(traced.tasks[0] ?? 0),
    tracedOver35Ms: traced.tasks.filter((ms) => ms > LONG_MS).length,
    threadCpuMs: traced.threadCpuMs,
    scrolledPx: total,
    ms,
  };
}

/** Screens scrolled at a reading pace after the whole-grid scroll. */
const PACE_SCREENS = 30;
/** A visitor's reading pace for `scrollAtPace`: one screen a second (fling-speed.ts: below 1.5). */
const PACE_SCREENS_PER_S = 1;

/**
 * Scrolls `selector` back up `screens` screens, one screen per gesture at a reading pace, where the
 * grid draws every picture it brings in (the whole-grid scroll is a fling, and the grid shows tints
 * while it is flung: fling-speed.ts). Returns the page's long tasks and the pictures it loaded.
 */
async function scrollAtPace(page: PlainPage, selector: string, screens: number) {
  const box = await page.evaluate<{ x: number; y: number; height: number }>(
    `(() => { const el = document.querySelector(${JSON.stringify(selector)}); const r = el.getBoundingClientRect(); return { x: Math.round(r.x + r.width / 2), y: Math.round(r.y + r.height / 2), height: el.clientHeight }; })()`,
  );
  const stopWatch = await watchScroll(page);
  const t0 = performance.now();
  for (let i = 0; i < screens; i++) {
    await page.send('Input.synthesizeScrollGesture', {
      x: box.x,
      y: box.y,
      yDistance: box.height,
      speed: Math.round(box.height * PACE_SCREENS_PER_S),
      gestureSourceType: 'mouse',
    });
  }
  const ms = since(t0);
  return { screens, ms, ...(await stopWatch()) };
}

async function main(): Promise<void> {
  const pieces = Number(args.pieces);
  const journeys = Number(args.journeys);
  const machine = watchMachine();
  if (!args['no-build']) {
    log('building the renderer (npx vite build)');
    const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('vite build failed');
  }
  const tmp = await mkdtemp(path.join(tmpdir(), 'ui-bench-'));
  // A private copy of the build: other runs (the e2e set-up) may rebuild dist/renderer meanwhile.
  const rendererRoot = path.join(tmp, 'renderer');
  await cp(path.join(root, 'dist/renderer'), rendererRoot, { recursive: true });
  const js = initialJs(rendererRoot);
  log(
    `initial JS ${js.initialJsGzipKB} KB gzip: ${js.initialChunks.map((c) => `${c.file} ${c.gzipKB}`).join(', ')}`,
  );
  log(`on demand: ${js.onDemandChunks.map((c) => `${c.file} ${c.gzipKB}`).join(', ')}`);

  const collectionDir = path.join(tmp, 'collection');
  let t0 = performance.now();
  const pictures = Number(args.pictures);
  const { cards } = await writeBenchCollection(collectionDir, pieces, pictures);
  const collectionWriteMs = since(t0);
  log(
    `wrote a ${pieces}-piece compiled collection (${pictures} different pictures) in ${collectionWriteMs} ms`,
  );
  const web = await startWebHost({ rendererRoot, collectionRoot: () => collectionDir });
  const baselineDir = path.join(tmp, 'baseline');
  await mkdir(baselineDir);
  await symlink(collectionDir, path.join(baselineDir, 'collection'));
  const baseline = await serveBaseline(baselineDir, cards);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
    await context.addInitScript({ content: PROBES });
    const page = await context.newPage();
    page.setDefaultTimeout(120_000);
    const cdp = await context.newCDPSession(page);
    const browserCdp = await browser.newBrowserCDPSession();
    await cdp.send('Performance.enable');
    const firstLoadJs = new Set<string>();
    page.on('response', (r) => {
      const url = new URL(r.url());
      if (url.origin === new URL(web.url).origin && url.pathname.endsWith('.js'))
        firstLoadJs.add(url.pathname.slice(1));
    });

    t0 = performance.now();
    await page.goto(web.url);
    await page.locator('.app[data-sync-state="ready"][data-syncing="false"]').waitFor({ timeout: 600_000 });
    const firstSyncMs = since(t0);
    const firstLoadJsGzipKB = round(
      [...firstLoadJs].reduce((sum, f) => sum + gzipKB(path.join(rendererRoot, f)), 0),
    );
    page.removeAllListeners('response');
    log(
      `first load to a live collection: ${firstSyncMs} ms; JS fetched: ${[...firstLoadJs].join(', ')} (${firstLoadJsGzipKB} KB gzip)`,
    );

    // Tap to detail: the app's browse grid and piece screen against the static page.
    await page.goto(`${web.url}#/browse`);
    await page.locator('.piece-card').first().waitFor();
    const coldBrowse = await coldBrowseStarts(page, 3);
    log(
      `reload to the browse screen's first card: ${coldBrowse.ms.join(', ')} ms; long tasks in each: ${JSON.stringify(coldBrowse.longTasks)}`,
    );
    const tapOptions = { count: Number(args.taps), spread: 8 };
    if (args['explain-taps']) await startTaskTrace(browser, page, { explain: true });
    const appTap = await tapToDetail(page, {
      ...tapOptions,
      card: '.piece-card',
      detail: '#piece-title',
      back: async () => {
        await page.evaluate('history.back()');
        await page.locator('.piece-card').first().waitFor();
      },
    });
    log(`tap -> detail (app): p50 ${appTap.p50} ms, p95 ${appTap.p95} ms, max ${appTap.max} ms`);
    if (args['explain-taps']) {
      const traced = await stopTaskTrace(browser);
      log(`  each tap (ms, in order): ${appTap.times.join(', ')}`);
      log(
        `  traced while tapping: ${traced.tasks.filter((ms) => ms > LONG_MS).length} tasks over ${LONG_MS} ms`,
      );
      for (const line of traced.longTaskSteps) log(`  tap task ${line}`);
      for (const line of describeCollections(traced.collections)) log(`  ${line}`);
    }
    const noScroll = {
      longTasks: NaN,
      longestMs: NaN,
      tracedLongestMs: NaN,
      tracedOver35Ms: NaN,
      threadCpuMs: {},
      scrolledPx: 0,
      picturesLoaded: NaN,
      ms: 0,
    };
    let paceScroll = { screens: 0, ms: 0, longTasks: NaN, longestMs: NaN, picturesLoaded: NaN };
    // The scrolls run in plain pages (plain-page.ts); the app stores its collection afresh there.
    const plain = (url: string) =>
      openPlainPage(browser, url, { width: 1920, height: 1080, initScript: PROBES });
    let appScroll = noScroll;
    if (!args['no-scroll']) {
      const appPlain = await plain(`${web.url}#/browse`);
      await waitInPage(
        appPlain,
        `document.querySelector('.app[data-sync-state="ready"][data-syncing="false"] .piece-card')`,
        600_000,
      );
      if (args['profile-scroll']) await startProfile(appPlain);
      appScroll = await scrollAll(browser, appPlain, '.browse-grid-scroller', pieces);
      if (args['profile-scroll'])
        log(`self time while scrolling:\n  ${(await stopProfile(appPlain)).join('\n  ')}`);
      paceScroll = await scrollAtPace(appPlain, '.browse-grid-scroller', PACE_SCREENS);
      await appPlain.close();
    }
    log(
      `scroll the whole grid (app): ${appScroll.scrolledPx} px in ${appScroll.ms} ms, ${appScroll.longTasks} long tasks (longest ${appScroll.longestMs} ms), ${appScroll.picturesLoaded} pictures loaded; traced: longest task ${appScroll.tracedLongestMs} ms, ${appScroll.tracedOver35Ms} over 35 ms; CPU ms by thread ${JSON.stringify(appScroll.threadCpuMs)}`,
    );
    log(
      `then back up ${paceScroll.screens} screens at ${PACE_SCREENS_PER_S} a second (app): ${paceScroll.ms} ms, ${paceScroll.longTasks} long tasks (longest ${paceScroll.longestMs} ms), ${paceScroll.picturesLoaded} pictures loaded`,
    );

    const base = await context.newPage();
    base.setDefaultTimeout(120_000);
    await base.goto(`${baseline.url}grid.html`);
    const baseTap = await tapToDetail(base, {
      ...tapOptions,
      card: '.card',
      detail: '#detail:not([hidden]) h1',
      back: () => base.locator('#back').tap(),
    });
    log(`tap -> detail (static page): p50 ${baseTap.p50} ms, p95 ${baseTap.p95} ms`);
    let baseScroll = noScroll;
    if (!args['no-scroll']) {
      const basePlain = await plain(`${baseline.url}grid.html`);
      await waitInPage(basePlain, `document.querySelector('.card')`, 120_000);
      baseScroll = await scrollAll(browser, basePlain, null, 0);
      await basePlain.close();
    }
    log(
      `scroll the whole grid (static, ${pieces} cards in the DOM): ${baseScroll.scrolledPx} px in ${baseScroll.ms} ms, ${baseScroll.longTasks} long tasks (longest ${baseScroll.longestMs} ms), ${baseScroll.picturesLoaded} pictures loaded; traced: longest task ${baseScroll.tracedLongestMs} ms, ${baseScroll.tracedOver35Ms} over 35 ms; CPU ms by thread ${JSON.stringify(baseScroll.threadCpuMs)}`,
    );
    await base.close();

    // Visitor journeys with a 2 s idle time (1 s was reset mid-journey by a busy machine's long tasks); memory after one warm-up journey and at the end.
    await page.goto(`${web.url}?idle=2&countdown=1#/attract`);
    await page.locator('.app[data-route="attract"][data-sync-state="ready"][data-syncing="false"]').waitFor();
    await journey(page, 0, { settleIndex: true });
    const start = await memory(cdp, browserCdp);
    const snapshots = path.join(root, 'tests/output');
    if (args['heap-snapshots']) {
      await mkdir(snapshots, { recursive: true });
      await writeHeapSnapshot(cdp, path.join(snapshots, 'ui-bench-start.heapsnapshot'));
    }
    t0 = performance.now();
    for (let n = 1; n <= journeys; n++) {
      await journey(page, n).catch(async (error: unknown) => {
        const shot = path.join(root, 'tests/output/ui-bench-journey-failure.png');
        await mkdir(path.dirname(shot), { recursive: true });
        await page.screenshot({ path: shot });
        throw new Error(`journey ${n} failed (screen in ${path.relative(root, shot)})`, { cause: error });
      });
      if (n <= 10 || n % 50 === 0) {
        const m = await memory(cdp, browserCdp);
        log(
          `journey ${n}: heap ${m.heapMB} MB (page ${m.pageHeapMB}, workers ${JSON.stringify(m.workerHeapsMB)}), ${m.nodes} nodes, ${m.listeners} listeners (${since(t0)} ms)`,
        );
      }
    }
    const journeysMs = since(t0);
    const end = await memory(cdp, browserCdp);
    if (args['heap-snapshots']) {
      const [before, after] = ['start', 'end'].map((s) => path.join(snapshots, `ui-bench-${s}.heapsnapshot`));
      await writeHeapSnapshot(cdp, after);
      log(
        `heap growth by constructor (MB, count, type:name):\n  ${(await heapGrowthLines(before, after)).join('\n  ')}`,
      );
    }
    log(
      `${journeys} journeys in ${journeysMs} ms; heap ${start.heapMB} -> ${end.heapMB} MB, nodes ${start.nodes} -> ${end.nodes}, listeners ${start.listeners} -> ${end.listeners}`,
    );

    const result = {
      pieces,
      pictures,
      initialJsGzipKB: js.initialJsGzipKB,
      initialJsBudgetKB: 200,
      firstLoadJsGzipKB,
      onDemandChunksGzipKB: Object.fromEntries(js.onDemandChunks.map((c) => [c.file, c.gzipKB])),
      tapToDetailP95Ms: appTap.p95,
      tapToDetailP50Ms: appTap.p50,
      baselineTapToDetailP95Ms: baseTap.p95,
      taps: tapOptions.count,
      longTasksOver50ms: appScroll.longTasks,
      longestTaskMs: appScroll.longestMs,
      baselineLongTasksOver50ms: baseScroll.longTasks,
      baselineLongestTaskMs: baseScroll.longestMs,
      scrollLongestTaskMs: appScroll.tracedLongestMs,
      scrollTasksOver35Ms: appScroll.tracedOver35Ms,
      baselineScrollLongestTaskMs: baseScroll.tracedLongestMs,
      baselineScrollTasksOver35Ms: baseScroll.tracedOver35Ms,
      scrolledPx: appScroll.scrolledPx,
      baselineScrolledPx: baseScroll.scrolledPx,
      /** Pictures the whole-grid scroll loaded: the app's grid shows tints while flung (fling-speed.ts). */
      scrollPicturesLoaded: appScroll.picturesLoaded,
      baselineScrollPicturesLoaded: baseScroll.picturesLoaded,
      /** The app's grid scrolled back up at a reading pace, one screen a second, drawing every picture. */
      paceScrollScreens: paceScroll.screens,
      paceScrollLongTasksOver50ms: paceScroll.longTasks,
      paceScrollLongestTaskMs: paceScroll.longestMs,
      paceScrollPicturesLoaded: paceScroll.picturesLoaded,
      /** Where the CPU went while the app's grid scrolled (busiest threads, ms): see main-thread-tasks.ts. */
      scrollThreadCpuMs: appScroll.threadCpuMs,
      baselineScrollThreadCpuMs: baseScroll.threadCpuMs,
      heapGrowthMB: round(end.heapMB - start.heapMB, 2),
      heapStartMB: start.heapMB,
      pageHeapStartMB: start.pageHeapMB,
      pageHeapGrowthMB: round(end.pageHeapMB - start.pageHeapMB, 2),
      workerHeapsStartMB: start.workerHeapsMB,
      workerHeapsEndMB: end.workerHeapsMB,
      domNodeDelta: end.nodes - start.nodes,
      domNodesStart: start.nodes,
      listenerDelta: end.listeners - start.listeners,
      journeys,
      journeysMs,
      firstSyncMs,
      /** Median of three reloads of the browse screen to its first card. */
      coldBrowseMs: percentile(coldBrowse.ms, 0.5),
      /** The page's long tasks in each of those reloads (ms). */
      coldBrowseLongTasks: coldBrowse.longTasks,
      collectionWriteMs,
      machine: machine.end(),
    };
    console.log(JSON.stringify(result));
  } finally {
    await browser.close();
    await web.close();
    baseline.server.close();
    await rm(tmp, { recursive: true, force: true });
  }
}

await main();
