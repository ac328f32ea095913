// `npm run bench -- lighthouse`: Lighthouse's desktop preset on the attract screen (`/#/attract`) of
// the sample collection, served by the real web host, in Debian's Chromium, offline. Same-run
// baseline: the same build and collection served by the same host with compression off. Prints one
// JSON object as the last line of stdout.
//
// Two Lighthouse runs per variant, in one browser profile. Lighthouse clears the HTTP cache before
// each run but keeps IndexedDB (its default `clearStorageTypes` leaves it out), so the first run is
// a first visit (the app plus the kiosk's one-time first sync of the collection) and, once a
// Playwright page in the same profile has seen the sync finish, the second is what every later
// start sends: the app and the manifest, not the collection again. The headline figures are the
// later start's; the first visit's are reported beside them.
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { buildCollection } from '../../electron/node/collection/build';
import { drawCollection } from '../../electron/node/sample-art/draw-collection';
import { startWebHost } from '../../electron/node/web/web-host';

const root = path.resolve(import.meta.dirname, '../..');
const log = (line: string) => console.error(`[lighthouse] ${line}`);

interface Measured {
  performance: number;
  transferKB: number;
  requests: number;
  unusedJsKB: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
}

interface ResourceRow {
  resourceType: string;
  transferSize: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

/** Lighthouse on `/#/attract`, first visit then later start, served with or without compression. */
async function measure(
  rendererRoot: string,
  collectionRoot: string,
  compression: boolean,
): Promise<{ firstVisit: Measured; later: Measured }> {
  const host = await startWebHost({ rendererRoot, collectionRoot: () => collectionRoot, compression });
  const port = await freePort();
  const profile = await mkdtemp(path.join(tmpdir(), 'lighthouse-profile-'));
  // A persistent context is the browser's default one, the profile Lighthouse's tabs open in.
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', `--remote-debugging-port=${port}`],
  });
  try {
    const url = `${host.url}#/attract`;
    const firstVisit = await run(url, port, host.url);
    const page = await browser.newPage();
    await page.goto(url);
    await page.locator('.app[data-sync-state="ready"][data-syncing="false"][data-route="attract"]').waitFor();
    await page.close();
    return { firstVisit, later: await run(url, port, host.url) };
  } finally {
    await browser.close();
    await host.close();
    await rm(profile, { recursive: true, force: true });
  }
}

async function run(url: string, port: number, origin: string): Promise<Measured> {
  {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error' }, desktopConfig);
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no report');
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    const audit = (id: string) => lhr.audits[id];
    type Row = { url: string; transferSize?: number };
    const items = (audit('network-requests')?.details as { items?: Row[] } | undefined)?.items ?? [];
    const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
    const byType = (audit('resource-summary')?.details as { items?: ResourceRow[] } | undefined)?.items ?? [];
    const largest = [...items].sort((a, b) => (b.transferSize ?? 0) - (a.transferSize ?? 0)).slice(0, 8);
    log(
      `largest (KB): ${largest.map((i) => `${i.url.replace(origin, '/')} ${kb(i.transferSize ?? 0)}`).join(', ')}`,
    );
    log(
      `sent by type (KB): ${byType.map((row) => `${row.resourceType} ${kb(row.transferSize)}`).join(', ')}`,
    );
    return {
      performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      transferKB: kb(items.reduce((sum, item) => sum + (item.transferSize ?? 0), 0)),
      requests: items.length,
      unusedJsKB: kb(
        (audit('unused-javascript')?.details as { overallSavingsBytes?: number } | undefined)
          ?.overallSavingsBytes ?? 0,
      ),
      fcpMs: Math.round(audit('first-contentful-paint')?.numericValue ?? 0),
      lcpMs: Math.round(audit('largest-contentful-paint')?.numericValue ?? 0),
      tbtMs: Math.round(audit('total-blocking-time')?.numericValue ?? 0),
    };
  }
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) {
    log('building the renderer (npx vite build)');
    const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('vite build failed');
  }
  const tmp = await mkdtemp(path.join(tmpdir(), 'lighthouse-bench-'));
  try {
    // A private copy of the build: other runs (the e2e set-up) may rebuild dist/renderer meanwhile.
    const rendererRoot = path.join(tmp, 'renderer');
    await cp(path.join(root, 'dist/renderer'), rendererRoot, { recursive: true });
    const source = path.join(root, 'collection');
    log('drawing and compiling the sample (cached after the first run)');
    await drawCollection(source);
    const built = await buildCollection({
      source,
      out: path.join(root, '.cache/bench/lighthouse'),
      tiles: false,
    });
    if (!built.ok || !built.outDir) throw new Error('the sample collection does not compile');

    log('Lighthouse, desktop preset, compressed');
    const compressed = await measure(rendererRoot, built.outDir, true);
    log(JSON.stringify(compressed));
    log('Lighthouse, desktop preset, same host without compression (baseline)');
    const plain = await measure(rendererRoot, built.outDir, false);
    log(JSON.stringify(plain));
    const { later, firstVisit } = compressed;
    console.log(
      JSON.stringify({
        route: '/#/attract',
        preset: 'desktop',
        performance: later.performance,
        transferKB: later.transferKB,
        unusedJsKB: later.unusedJsKB,
        fcpMs: later.fcpMs,
        lcpMs: later.lcpMs,
        tbtMs: later.tbtMs,
        requests: later.requests,
        baselinePerformance: plain.later.performance,
        baselineTransferKB: plain.later.transferKB,
        firstVisitPerformance: firstVisit.performance,
        firstVisitTransferKB: firstVisit.transferKB,
        firstVisitBaselinePerformance: plain.firstVisit.performance,
        firstVisitBaselineTransferKB: plain.firstVisit.transferKB,
      }),
    );
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

await main();
