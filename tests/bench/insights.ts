/**
 * `npm run bench -- insights [--days 365] [--per-day 500] [--pieces 1300] [--keep-raw-days 30]
 * [--opens 5] [--no-build]`: issue 15's "a generated year of events (500 sessions a day) opens the
 * Insights screen within 1 s and stays inside the storage bound". The built renderer, served by the
 * real web host with a generated collection, in Debian's Chromium with touch. The visits are
 * written into the page's own IndexedDB through the app's own writer (tests/bench/insights/
 * seed-page.ts, bundled with esbuild), day by day; then the admin's Insights screen is opened by a
 * tap, timed in the page from the touch to the panel ready with both charts drawn.
 *
 * Same-run baseline: the same screen opened the same way on an empty insights database (a fresh
 * browser context), so the figure says what a year of data adds. The last stdout line is one JSON
 * object.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { startWebHost } from '../../electron/node/web/web-host';
import { writeBenchCollection } from './ui/bench-collection';

const { values: args } = parseArgs({
  options: {
    days: { type: 'string', default: '365' },
    'per-day': { type: 'string', default: '500' },
    pieces: { type: 'string', default: '1300' },
    'keep-raw-days': { type: 'string', default: '30' },
    opens: { type: 'string', default: '5' },
    'no-build': { type: 'boolean', default: false },
  },
});
const root = path.resolve(import.meta.dirname, '../..');
const log = (text: string) => console.log(text);
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil(p * values.length) - 1)]!;
const BUDGET_MS = 1000;
/** The panel read its view and drew both charts. */
const READY = '[data-insights-state="ready"]';

/**
 * Times from the next touch to `ready` (a panel ready with `charts` charts drawn), in the page:
 * arm, tap, then read the result.
 */
const ARM = `
window.__armOpen = (charts) => {
  window.__opened = undefined;
  let t0 = 0;
  addEventListener('pointerdown', () => { t0 = performance.now(); }, { capture: true, once: true });
  const check = () => {
    const panel = document.querySelector('${READY}');
    if (t0 && panel && panel.querySelectorAll('[data-chart="drawn"]').length >= charts) {
      window.__opened = performance.now() - t0;
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
};`;

async function timedTap(page: Page, tap: () => Promise<void>): Promise<number> {
  await page.evaluate('window.__armOpen(2)');
  await tap();
  // A function, not a string: the kiosk's CSP refuses eval, which a string predicate needs.
  await page.waitForFunction(() => (window as { __opened?: number }).__opened !== undefined, undefined, {
    timeout: 60_000,
  });
  return (await page.evaluate('window.__opened')) as number;
}

/** Opens the admin page (the web host here has no PIN) and its status facts. */
async function toAdmin(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.location.hash = '#/admin';
  });
  await page.locator('.admin-status__fact').first().waitFor();
}

/** The first open (the chart chunk not loaded yet), then `opens` more, each back through the status page. */
async function openTimes(page: Page, opens: number) {
  const insights = page.getByRole('button', { name: 'Wawasan pengunjung' });
  const back = page.getByRole('button', { name: 'Kembali ke status admin' });
  await toAdmin(page);
  const first = await timedTap(page, () => insights.tap());
  const again: number[] = [];
  for (let i = 0; i < opens; i++) {
    await back.tap();
    await page.locator('.admin-status__fact').first().waitFor();
    again.push(await timedTap(page, () => insights.tap()));
  }
  // The widest range: every day stored.
  const all: number[] = [];
  const range = page.getByRole('group', { name: 'Rentang waktu' });
  for (let i = 0; i < opens; i++) {
    const target = i % 2 === 0 ? 'Semua' : '30 hari';
    all.push(await timedTap(page, () => range.getByRole('button', { name: target }).tap()));
  }
  return {
    firstMs: round(first),
    p50Ms: round(percentile(again, 0.5)),
    maxMs: round(Math.max(...again)),
    rangeP50Ms: round(percentile(all, 0.5)),
    rangeMaxMs: round(Math.max(...all)),
  };
}

async function freshPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
  await context.addInitScript({ content: ARM });
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  await page.goto(`${url}?idle=3600`);
  await page.locator('.app[data-sync-state="ready"][data-syncing="false"]').waitFor({ timeout: 600_000 });
  return page;
}

async function main(): Promise<void> {
  const days = Number(args.days);
  const perDay = Number(args['per-day']);
  const opens = Number(args.opens);
  const keepRawDays = Number(args['keep-raw-days']);
  const load: { before: number; after?: number } = { before: round(loadavg()[0]!, 2) };
  if (!args['no-build']) {
    log('building the renderer (npx vite build)');
    const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('vite build failed');
  }
  const tmp = await mkdtemp(path.join(tmpdir(), 'insights-bench-'));
  const rendererRoot = path.join(tmp, 'renderer');
  await cp(path.join(root, 'dist/renderer'), rendererRoot, { recursive: true });
  const collectionDir = path.join(tmp, 'collection');
  const { cards } = await writeBenchCollection(collectionDir, Number(args.pieces));
  const seeder = await build({
    entryPoints: [path.join(import.meta.dirname, 'insights/seed-page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
  });
  const web = await startWebHost({ rendererRoot, collectionRoot: () => collectionDir });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    log('baseline: the Insights screen on an empty database');
    const empty = await freshPage(browser, web.url);
    const baseline = await openTimes(empty, opens);
    await empty.context().close();
    log(`  ${JSON.stringify(baseline)}`);

    log(`writing ${days} days of ${perDay} visits a day through the app's writer`);
    const page = await freshPage(browser, web.url);
    // Evaluated over CDP, which the page's CSP does not govern (an inline script tag would be refused).
    await page.evaluate(seeder.outputFiles[0]!.text);
    const plan = {
      days,
      perDay,
      keepRawDays,
      pieceIds: cards.map((c) => c.id),
      motifIds: Array.from({ length: 100 }, (_, i) => `motif-${i}`),
    };
    const seeded = (await page.evaluate(
      (p) => (window as unknown as { __seedInsights: (p: unknown) => Promise<unknown> }).__seedInsights(p),
      plan,
    )) as { visits: number; ms: number };
    const stored = (await page.evaluate(() =>
      (window as unknown as { __insightsStorage: () => Promise<unknown> }).__insightsStorage(),
    )) as {
      rawSessions: number;
      dailyRows: number;
      dailyJsonMB: number;
      dailyRowMaxKB: number;
      usageMB: number;
    };
    log(`  ${seeded.visits} visits in ${seeded.ms} ms; stored ${JSON.stringify(stored)}`);
    // Reloaded, as after a restart: nothing of the seeding is in memory.
    await page.reload();
    await page.locator('.app[data-sync-state="ready"][data-syncing="false"]').waitFor({ timeout: 600_000 });
    const year = await openTimes(page, opens);
    log(`  ${JSON.stringify(year)}`);
    load.after = round(loadavg()[0]!, 2);
    const result = {
      days,
      visitsPerDay: perDay,
      visits: seeded.visits,
      rawSessions: stored.rawSessions,
      dailyRows: stored.dailyRows,
      dailyJsonMB: round(stored.dailyJsonMB, 2),
      dailyRowMaxKB: round(stored.dailyRowMaxKB, 1),
      storageUsageMB: round(stored.usageMB, 1),
      openFirstMs: year.firstMs,
      openP50Ms: year.p50Ms,
      openMaxMs: year.maxMs,
      rangeSwitchP50Ms: year.rangeP50Ms,
      rangeSwitchMaxMs: year.rangeMaxMs,
      emptyOpenFirstMs: baseline.firstMs,
      emptyOpenP50Ms: baseline.p50Ms,
      emptyRangeSwitchP50Ms: baseline.rangeP50Ms,
      budgetMs: BUDGET_MS,
      met: Math.max(year.firstMs, year.maxMs, year.rangeMaxMs) <= BUDGET_MS,
      load,
    };
    console.log(JSON.stringify(result));
  } finally {
    await browser.close();
    await web.close();
    await rm(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
