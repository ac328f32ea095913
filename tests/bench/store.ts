/**
 * `npm run bench -- store [--pieces 10000] [--motifs 100] [--explain-sync]`: the offline store in
 * Chromium with real IndexedDB. Generates a collection, serves it the way the kiosk origin does,
 * runs the real sync engine, search index and facets in a bundled page, and compares each figure
 * with a same-run baseline (raw Dexie bulkPut, Lunr). The last stdout line is one JSON object.
 *
 * What the sync figures measure: a sync runs as the app's controller runs it. `firstSyncMs` ends
 * when the new collection is live AND searchable (every record written and verified, the search
 * index the build shipped downloaded and stored, the pointer flipped): what a visitor waits for on
 * the first-run screen. The second slot is then levelled in the background (a local copy, so the
 * next change is a small patch); that is reported on its own as `firstSettleMs`, and the next sync
 * waits for it. `rawBulkPutMs` is the same records, already parsed in memory, written with one
 * bulkPut per kind into the same tables and indexes: no fetch, no parse, no verification, no index.
 * Both are taken three times, in turns, and reported as medians (`firstSyncRepeatsMs`,
 * `rawBulkPutRepeatsMs` list each run). `firstSyncKioskBuiltMs` is a first sync of the same build
 * with its index left out of the manifest, so that the kiosk builds it in its search worker, and
 * `oneChangeKioskUpdatedMs` the one-record change the same way (the kiosk updates its live index).
 *
 * Also reported: main-thread tasks over 50 ms during the first sync and its settle
 * (`firstSyncLongTasks`, `firstSyncLongestTaskMs`), the stored index's size and parts, how much of
 * it a one-record change wrote (`oneChangeIndexWrittenMB`), the one-record change made five times
 * (`oneChangeRepeatsMs`, `oneChangeMedianMs`, `oneChangeMedianShareOfFirst`), and
 * `queryIndexHeapMB`: the JS heap the index takes once loaded the way the query worker loads it
 * (measured on the page, after a forced GC).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import type { PieceRecord } from '../../electron/shared/collection-records';
import { writeChunksAndManifest } from '../../electron/node/collection/chunks';
import type { CompiledRecords } from '../../electron/node/collection/compile';
import { withHash } from '../../electron/node/collection/hash';
import { generateCollection, type GeneratedCollection } from './store/generate-collection';
import { typedQueries } from './store/typed-queries';
import { describeCollections } from './ui/collections';
import { startTaskTrace, stopTaskTrace } from './ui/main-thread-tasks';

const { values: args } = parseArgs({
  options: {
    pieces: { type: 'string', default: '10000' },
    motifs: { type: 'string', default: '100' },
    /**
     * Traces the three first syncs with Chromium's timeline categories and breaks every main-thread
     * task over 35 ms into its steps (ui/main-thread-tasks.ts). The tracing adds work of its own, so
     * the figures of such a run are not the ones to judge the budgets by.
     */
    'explain-sync': { type: 'boolean', default: false },
  },
});
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  // For the query index's heap: a forced GC and unrounded heap sizes.
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
];

/** Nearest-rank percentile. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}
const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits;
/** Characters (or bytes) as MB, two decimals. */
const mb = (n: number): number => round(n / 1e6);

function hashed(collection: GeneratedCollection): CompiledRecords {
  const rehash = <T extends { hash: string }>(records: T[]): T[] =>
    records.map(({ hash: _old, ...rest }) => withHash(rest) as unknown as T);
  return {
    pieces: rehash(collection.pieces),
    motifs: rehash(collection.motifs),
    terms: rehash(collection.terms),
    makers: rehash(collection.makers),
    places: rehash(collection.places),
  };
}

async function writeVersions(root: string, collection: GeneratedCollection): Promise<[string, string]> {
  const settings = {
    museum: { id: 'Museum Batik Pekalongan', en: 'Batik Museum Pekalongan' },
    title: { id: 'Koleksi uji', en: 'Benchmark collection' },
    languages: collection.languages,
    defaultLanguage: 'id',
    fallback: ['id', 'en'],
    synonyms: collection.synonyms,
  };
  const first = hashed(collection);
  // The second version differs in one record: a curator corrected one title.
  const middle = Math.floor(first.pieces.length / 2);
  const edited: PieceRecord = {
    ...first.pieces[middle],
    title: { ...first.pieces[middle].title, en: 'Corrected title' },
  };
  const second = {
    ...first,
    pieces: first.pieces.map((p, i) =>
      i === middle ? (withHash({ ...edited, hash: undefined }) as PieceRecord) : p,
    ),
  };
  const dirs: [string, string] = [path.join(root, 'v1'), path.join(root, 'v2')];
  await writeChunksAndManifest(dirs[0], first, settings, new Date());
  await writeChunksAndManifest(dirs[1], second, settings, new Date());
  return dirs;
}

/** Serves the bench page and `/collection/` from whichever version directory is current. */
function serve(pageDir: string, versions: { current: string }): Promise<{ server: Server; url: string }> {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const file = url.pathname.startsWith('/collection/')
      ? path.join(versions.current, url.pathname.slice('/collection/'.length))
      : path.join(pageDir, url.pathname === '/' ? 'index.html' : url.pathname.slice(1));
    try {
      const body = await readFile(file);
      const type = file.endsWith('.html')
        ? 'text/html'
        : file.endsWith('.js')
          ? 'text/javascript'
          : 'application/json';
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}/` });
    }),
  );
}

async function main(): Promise<void> {
  const pieces = Number(args.pieces);
  const motifs = Number(args.motifs);
  const root = await mkdtemp(path.join(tmpdir(), 'store-bench-'));
  const collection = generateCollection(pieces, motifs);
  const [v1, v2] = await writeVersions(root, collection);
  await build({
    entryPoints: {
      bench: path.join(import.meta.dirname, 'store/bench-page.ts'),
      'search-worker': path.join(import.meta.dirname, '../../renderer/sync/search-worker.ts'),
      'sync-worker': path.join(import.meta.dirname, 'store/sync-worker-entry.ts'),
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outdir: path.join(root, 'page'),
    logLevel: 'warning',
  });
  await import('node:fs/promises').then((fs) =>
    fs.writeFile(
      path.join(root, 'page', 'index.html'),
      '<!doctype html><script type="module" src="/bench.js"></script>',
    ),
  );
  const versions = { current: v1 };
  const { server, url } = await serve(path.join(root, 'page'), versions);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(600_000);
    const open = async () => {
      await page.goto(url);
      await page.waitForFunction(() => 'storeBench' in window);
    };
    await open();
    await page.evaluate(() => window.storeBench.reset());
    const log = (text: string) => console.log(text);

    const sync = async (
      builder: 'shipped' | 'worker' | 'rebuild' | 'none',
      what: string,
      dbName?: string,
    ) => {
      const result = await page.evaluate(([b, name]) => window.storeBench.sync(b, name), [
        builder,
        dbName,
      ] as const);
      log(`${what}: ${round(result.ms)} ms, then ${round(result.settleMs)} ms settling ${result.outcome}`);
      const phases = Object.entries(result.phases).map(([phase, ms]) => `${phase} ${ms}`);
      log(`  phases began at (ms): ${phases.join(', ')}`);
      log(
        `  main-thread tasks over 50 ms: ${result.longTasks.length ? result.longTasks.join(', ') : 'none'}`,
      );
      const { index } = result;
      if (index.parts > 0) {
        log(
          `  stored index ${mb(index.chars)} MB in ${index.parts} parts; this sync wrote ${index.writtenParts} parts, ${mb(index.writtenChars)} MB`,
        );
      }
      return result;
    };
    // The first sync and its baseline three times each, taken in turns so that a busy spell on this
    // shared machine slows both alike; medians reported. The last first sync is the one kept.
    const rawRuns: number[] = [];
    const firstRuns: Awaited<ReturnType<typeof sync>>[] = [];
    for (let run = 1; run <= 3; run++) {
      const rawMs = await page.evaluate(() => window.storeBench.rawBulkPut());
      rawRuns.push(rawMs);
      log(`raw bulkPut of ${pieces} pieces (${run} of 3): ${round(rawMs)} ms`);
      const dbName = run < 3 ? `store-bench-first-${run}` : undefined;
      if (args['explain-sync']) await startTaskTrace(browser, page, { explain: true });
      firstRuns.push(await sync('shipped', `first sync (${run} of 3), the build's index downloaded`, dbName));
      if (args['explain-sync']) {
        const traced = await stopTaskTrace(browser);
        log(`  traced: longest main-thread task ${round(traced.tasks[0] ?? 0, 1)} ms`);
        for (const line of traced.longTaskSteps) log(`  task ${line}`);
        for (const line of describeCollections(traced.collections)) log(`  ${line}`);
      }
      if (dbName) await page.evaluate((name) => window.storeBench.drop(name), dbName);
    }
    const rawBulkPutMs = percentile(rawRuns, 0.5);
    const firstMs = percentile(
      firstRuns.map((run) => run.ms),
      0.5,
    );
    const first = firstRuns.at(-1)!;
    const firstLongTasks = firstRuns.flatMap((run) => run.longTasks);
    const firstNoIndex = await sync('none', 'first sync, no search index');
    const firstKioskBuilt = await sync(
      'worker',
      'first sync of a build without its index: built in the search worker',
      'store-bench-kiosk-built',
    );
    await page.evaluate(() => window.storeBench.drop('store-bench-kiosk-built'));
    const noChange = await sync('shipped', 'no-change sync');
    versions.current = v2;
    const oneChange = await sync('shipped', "one-change sync, the build's changed index parts downloaded");
    // The same one-record change back and forth, four more times: a single sample swings by a
    // third between runs on a shared machine, too much to judge a 5% budget by. Ends on v2, as the
    // steps below expect.
    const oneChangeRepeats = [oneChange.ms];
    for (const version of [v1, v2, v1, v2]) {
      versions.current = version;
      oneChangeRepeats.push((await sync('shipped', 'one-change sync again (repeat)')).ms);
    }
    const oneChangeMedianMs = percentile(oneChangeRepeats, 0.5);
    versions.current = v1;
    const oneChangeKioskUpdated = await sync(
      'worker',
      'one-change sync back, a build without its index: live index updated in the worker',
    );
    versions.current = v2;
    await sync('shipped', 'one-change sync forth again (not reported)');
    versions.current = v1;
    const oneChangeRebuild = await sync('rebuild', 'one-change sync back, index rebuilt in the worker');
    versions.current = v2;
    const oneChangeNoIndex = await sync('none', 'one-change sync, no search index');

    const boots: { bootMs: number; textReadyMs: number; facetLoadMs: number }[] = [];
    for (let i = 0; i < 3; i++) {
      await open();
      boots.push(await page.evaluate(() => window.storeBench.boot()));
    }
    const median = (key: 'bootMs' | 'textReadyMs' | 'facetLoadMs') =>
      percentile(
        boots.map((b) => b[key]),
        0.5,
      );
    log(
      `cold boot over 3 page loads (open DB, load index): ${boots.map((b) => round(b.bootMs)).join(', ')} ms`,
    );

    const indexHeapBytes = await page.evaluate(() => window.storeBench.indexHeap());
    log(`query index heap (names and details loaded, stored text let go): ${mb(indexHeapBytes)} MB`);

    const queries = typedQueries(collection);
    const search = await page.evaluate((q) => window.storeBench.search(q), queries);
    const facetTimes = await page.evaluate(() => window.storeBench.facets(200));
    const result = {
      pieces,
      motifs,
      firstSyncMs: round(firstMs),
      rawBulkPutMs: round(rawBulkPutMs),
      firstSyncRatio: round(firstMs / rawBulkPutMs),
      firstSyncRepeatsMs: firstRuns.map((run) => round(run.ms)),
      rawBulkPutRepeatsMs: rawRuns.map(round),
      firstSettleMs: round(first.settleMs),
      firstSyncLongTasks: firstLongTasks.length,
      firstSyncLongestTaskMs: Math.max(0, ...firstLongTasks),
      firstSyncKioskBuiltMs: round(firstKioskBuilt.ms),
      firstSyncKioskBuiltRatio: round(firstKioskBuilt.ms / rawBulkPutMs),
      storedIndexMB: mb(first.index.chars),
      storedIndexParts: first.index.parts,
      oneChangeIndexWrittenMB: mb(oneChange.index.writtenChars),
      oneChangeIndexWrittenParts: oneChange.index.writtenParts,
      queryIndexHeapMB: mb(indexHeapBytes),
      firstSyncNoIndexMs: round(firstNoIndex.ms),
      firstSyncNoIndexRatio: round(firstNoIndex.ms / rawBulkPutMs),
      noChangeSyncMs: round(noChange.ms),
      oneChangeSyncMs: round(oneChange.ms),
      oneChangeShareOfFirst: round(oneChange.ms / firstMs),
      oneChangeRepeatsMs: oneChangeRepeats.map(round),
      oneChangeMedianMs: round(oneChangeMedianMs),
      oneChangeMedianShareOfFirst: round(oneChangeMedianMs / firstMs, 4),
      oneChangeKioskUpdatedMs: round(oneChangeKioskUpdated.ms),
      oneChangeSettleMs: round(oneChange.settleMs),
      oneChangeSyncRebuildMs: round(oneChangeRebuild.ms),
      oneChangeSyncNoIndexMs: round(oneChangeNoIndex.ms),
      searchP50Ms: round(percentile(search.kiosk, 0.5)),
      searchP95Ms: round(percentile(search.kiosk, 0.95)),
      lunrP50Ms: round(percentile(search.lunr, 0.5)),
      lunrP95Ms: round(percentile(search.lunr, 0.95)),
      lunrBuildMs: round(search.lunrBuildMs),
      searchQueries: queries.length,
      facetP50Ms: round(percentile(facetTimes, 0.5)),
      facetP95Ms: round(percentile(facetTimes, 0.95)),
      facetTaps: facetTimes.length,
      bootMs: round(median('bootMs')),
      textReadyMs: round(median('textReadyMs')),
      facetLoadMs: round(median('facetLoadMs')),
    };
    console.log(JSON.stringify(result));
  } finally {
    await browser.close();
    server.close();
    await rm(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
