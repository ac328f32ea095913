// `npm run bench -- first-run`: how long a new user waits on a fresh clone. A clean copy of the
// sample (`git archive HEAD collection`: no drawings, no stamps) and an empty output and image
// cache go through `npm run web` itself - the renderer's Vite build, then the web host, which draws
// the sample's images and builds the collection - while a Chromium page waits for the home screen
// with its group images loaded. Same-run baseline: the Vite build alone, run first. Then the bench
// waits until the web host reports every deep-zoom tile set made and published. Prints one JSON
// object as the last line of stdout.
//
// Options: --keep leaves the temp folder (its path is printed) for a look at what was built.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import type { CollectionManifest, MediaRecord } from '../../electron/shared/collection-records';
import type { WebHostStatus } from '../../electron/shared/web-host-status';
import { watchMachine } from './machine-speed';

const root = path.resolve(import.meta.dirname, '../..');
const log = (line: string) => console.error(`[first-run] ${line}`);
const keep = process.argv.includes('--keep');

/** The budgets on a 2-core machine. */
const BUDGET_FIRST_SCREEN_MS = 60_000;
const BUDGET_RATIO = 12;
/** Generous: the tiles of the whole sample take about a minute or two on 2 cores. */
const TILES_TIMEOUT_MS = 20 * 60_000;

/** Runs a command to its end, its output passed through to stderr; resolves with its duration. */
function timed(command: string, args: string[]): number {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 2, 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
  return performance.now() - start;
}

/** When `npm run web` printed the lines that mark its steps (ms since `start`), as they come. */
interface StepMarks {
  /** The drawing's summary line: the sample's images are drawn. */
  drawn: number | null;
  /** The host's first `Serving` line: the first build went live. */
  live: number | null;
}

/**
 * Resolves with the web host's URL once it prints it; rejects if `npm run web` exits first. Sets
 * `marks` as the drawing and the first build end (the host prints both on stderr).
 */
function hostUrl(child: ChildProcess, start: number, marks: StepMarks): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    child.stdout!.on('data', (data: Buffer) => {
      process.stderr.write(data);
      buffered += data.toString();
      const found = /Kiosk web host on (http:\/\/\S+)/.exec(buffered);
      if (found) resolve(found[1]!);
    });
    // Only what is not yet a whole line is kept between chunks.
    let partial = '';
    child.stderr!.on('data', (data: Buffer) => {
      process.stderr.write(data);
      if (marks.live !== null) return;
      const lines = (partial + data.toString()).split('\n');
      partial = lines.pop()!;
      const at = performance.now() - start;
      if (marks.drawn === null && lines.some((line) => /^Drew \d+ illustrative/.test(line))) marks.drawn = at;
      if (lines.some((line) => line.startsWith('Serving '))) marks.live = at;
    });
    child.once('exit', (code) => reject(new Error(`npm run web exited (${code}) before it served`)));
  });
}

/** Waits for the home screen with every group tile's picture decoded; resolves with the time then. */
async function homeShown(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  // `/` opens the attract loop; the home screen is where a visitor's first touch leads.
  await page.goto(`${url}#/home`);
  await page.locator('.app[data-sync-state="ready"][data-route="home"]').waitFor({ timeout: 120_000 });
  await page.waitForFunction(
    () => {
      const images = [...document.querySelectorAll<HTMLImageElement>('img.home-group__image')];
      return images.length > 0 && images.every((image) => image.complete && image.naturalWidth > 0);
    },
    undefined,
    { timeout: 120_000, polling: 50 },
  );
  const at = performance.now();
  await page.close();
  return at;
}

async function status(url: string): Promise<WebHostStatus> {
  const response = await fetch(new URL('api/status', url));
  return (await response.json()) as WebHostStatus;
}

/** Media of the live build: how many have tiles, how many do not. */
async function liveMedia(out: string): Promise<{ withTiles: number; without: number }> {
  const pointer = JSON.parse(await readFile(path.join(out, 'current.json'), 'utf8')) as { build: string };
  const dir = path.resolve(out, pointer.build);
  const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as CollectionManifest;
  let withTiles = 0;
  let without = 0;
  for (const chunk of manifest.chunks.filter((c) => c.kind === 'pieces' || c.kind === 'motifs')) {
    const records = JSON.parse(await readFile(path.join(dir, chunk.file), 'utf8')) as {
      media: MediaRecord[];
    }[];
    for (const media of records.flatMap((r) => r.media)) {
      if (media.tiles) withTiles++;
      else without++;
    }
  }
  return { withTiles, without };
}

async function main(): Promise<void> {
  const work = await mkdtemp(path.join(tmpdir(), 'bench-first-run-'));
  const source = path.join(work, 'collection');
  const out = path.join(work, 'out');
  log(
    `working in ${work}; load ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
  const archive = spawnSync('sh', ['-c', `git archive HEAD collection | tar -x -C "${work}"`], { cwd: root });
  if (archive.status !== 0) throw new Error(`git archive failed: ${archive.stderr.toString()}`);
  const drawn = (await readdir(source, { recursive: true })).filter((f) => /\.generated\.\w+$/.test(f));
  if (drawn.length > 0) throw new Error(`the clean copy already holds ${drawn.length} drawings`);

  const machine = watchMachine();
  log('baseline: the Vite build alone');
  const rendererBuildMs = timed('npx', ['vite', 'build', '--logLevel', 'warn']);

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking'],
  });
  let host: ChildProcess | null = null;
  try {
    log('first run: `npm run web`');
    const start = performance.now();
    // Its own process group, so stopping it stops npm, the host and the drawing children alike.
    host = spawn(
      'npm',
      ['run', 'web', '--', '--collection', source, '--out', out, '--port', '0', '--no-watch'],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    );
    const marks: StepMarks = { drawn: null, live: null };
    const url = await hostUrl(host, start, marks);
    const servingMs = performance.now() - start;
    const firstScreenMs = (await homeShown(browser, url)) - start;
    const atFirstScreen = await liveMedia(out);
    log(
      `home screen after ${(firstScreenMs / 1000).toFixed(1)} s; ${atFirstScreen.withTiles} images with tiles, ${atFirstScreen.without} without`,
    );

    let tilesDoneMs: number | null = null;
    while (performance.now() - start < TILES_TIMEOUT_MS) {
      const now = await status(url);
      const good = now.collection?.lastGood;
      if (now.collection && !now.collection.building && good && !good.tilesPending) {
        tilesDoneMs = performance.now() - start;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const atEnd = await liveMedia(out);
    const ratio = firstScreenMs / rendererBuildMs;
    const result = {
      firstScreenMs: Math.round(firstScreenMs),
      tilesDoneMs: tilesDoneMs === null ? null : Math.round(tilesDoneMs),
      rendererBuildMs: Math.round(rendererBuildMs),
      firstScreenRatio: Number(ratio.toFixed(2)),
      // Since the start of `npm run web`: the Vite build and the drawing, the host listening (after
      // both), the first build live; the page's sync and pictures follow.
      steps: {
        drawnAtMs: marks.drawn === null ? null : Math.round(marks.drawn),
        servingAtMs: Math.round(servingMs),
        liveAtMs: marks.live === null ? null : Math.round(marks.live),
      },
      imagesWithTilesAtFirstScreen: atFirstScreen.withTiles,
      imagesWithoutTilesAtFirstScreen: atFirstScreen.without,
      imagesWithTilesAtEnd: atEnd.withTiles,
      imagesWithoutTilesAtEnd: atEnd.without,
      budgets: {
        firstScreenMs: BUDGET_FIRST_SCREEN_MS,
        firstScreenRatio: BUDGET_RATIO,
        met: firstScreenMs <= BUDGET_FIRST_SCREEN_MS && ratio <= BUDGET_RATIO,
      },
      loadAverage: loadavg().map((n) => Number(n.toFixed(2))),
      machine: machine.end(),
    };
    console.log(JSON.stringify(result));
  } finally {
    try {
      if (host?.pid) process.kill(-host.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    await browser.close();
    if (keep) log(`kept ${work}`);
    else await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
