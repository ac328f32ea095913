/**
 * `npm run bench -- scale [--pieces N] [--long-side PX]`: the image pipeline at museum scale
 * against libvips itself. Last stdout line is one JSON object.
 *
 * - N pieces (default 1,300), each with its own photo-like JPEG (tests/bench/scale/photos.ts),
 *   PX on the long side (default 3,000; 6,000 for a heavier run), cached in .cache/bench-scale/.
 * - fullBuildMs: cold build with deep-zoom tiles, the code `npm run collection -- build` runs, in a
 *   process of its own; peakRssMB is that process's high-water mark.
 * - vipsBaselineMs: vipsthumbnail and vips dzsave making the same derivatives of the same files
 *   with the same number of jobs (tests/bench/scale/vips-baseline.ts).
 * - noChangeBuildMs: the build again, nothing changed; oneChangeBuildMs: one photo replaced.
 * - outputMB: the live build folder (hard links counted once); cacheMB: the derivative cache.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { imageWorkers } from '../../electron/node/images/pipeline';
import { replacePhoto, writePhotoCollection } from './scale/photo-collection';
import { cachedPhotos, photoJpeg } from './scale/photos';
import { assertVipsTools, vipsDerivatives } from './scale/vips-baseline';

const ROOT = resolve(import.meta.dirname, '../..');
const SAMPLE = join(ROOT, 'collection');
const CHILD = join(import.meta.dirname, 'scale', 'build-child.ts');
/** Bump when photos.ts would make different bytes, so the cache is not reused. */
const GENERATOR_VERSION = 1;

/** The budgets of issue 12, section 4. */
export const SCALE_BUDGETS = {
  fullVsVipsMax: 1.2,
  peakRssMBMax: 1500,
  oneChangeRatioMax: 0.02,
  noChangeRatioMax: 0.01,
};

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a positive whole number`);
  return value;
}

async function main() {
  const pieces = option('--pieces', 1300);
  const longSide = option('--long-side', 3000);
  await assertVipsTools();
  const cacheDir = join(ROOT, '.cache', 'bench-scale', `photos-v${GENERATOR_VERSION}-${longSide}px`);
  let started = Date.now();
  const { files, made } = await cachedPhotos(cacheDir, pieces, longSide, availableParallelism());
  const generateMs = Date.now() - started;
  log(`photos: ${files.length} (${made} made, ${generateMs} ms)`);

  const work = await mkdtemp(join(tmpdir(), 'bench-scale-'));
  try {
    const source = join(work, 'source');
    const placed = await writePhotoCollection(SAMPLE, source, files);
    let inputBytes = 0;
    for (const file of files) inputBytes += (await readFile(file)).length; // same page-cache state
    const jobs = imageWorkers('build');

    started = Date.now();
    await vipsDerivatives(placed, join(work, 'vips'), jobs, longSide);
    const vipsBaselineMs = Date.now() - started;
    const vipsOutputMB = mb(await folderBytes(join(work, 'vips')));
    log(`vips baseline: ${vipsBaselineMs} ms`);

    const out = join(work, 'out');
    const full = await build(source, out);
    log(`full build: ${full.ms} ms`);
    const noChange = await build(source, out);
    log(`no-change build: ${noChange.ms} ms`);
    await replacePhoto(placed[0]!, await photoJpeg(pieces + 1_000_000, longSide));
    const oneChange = await build(source, out);
    log(`one-change build: ${oneChange.ms} ms`);

    const peakRssMB = Math.round(Math.max(full.maxRssKiB, noChange.maxRssKiB, oneChange.maxRssKiB) / 1024);
    const ratios = {
      fullVsVips: round(full.ms / vipsBaselineMs),
      oneChangeRatio: round(oneChange.ms / full.ms),
      noChangeRatio: round(noChange.ms / full.ms),
    };
    console.log(
      JSON.stringify({
        bench: 'scale',
        pieces,
        images: files.length,
        longSide,
        inputMB: mb(inputBytes),
        fullBuildMs: full.ms,
        vipsBaselineMs,
        peakRssMB,
        oneChangeBuildMs: oneChange.ms,
        noChangeBuildMs: noChange.ms,
        outputMB: mb(await folderBytes(oneChange.outDir)),
        cacheMB: mb(await folderBytes(join(out, 'cache'))),
        vipsOutputMB,
        ratios,
        budgets: SCALE_BUDGETS,
        pass: {
          full: ratios.fullVsVips <= SCALE_BUDGETS.fullVsVipsMax,
          peakRss: peakRssMB <= SCALE_BUDGETS.peakRssMBMax,
          oneChange: ratios.oneChangeRatio <= SCALE_BUDGETS.oneChangeRatioMax,
          noChange: ratios.noChangeRatio <= SCALE_BUDGETS.noChangeRatioMax,
        },
        jobs,
        generateMs,
        cores: availableParallelism(),
        loadAverage: loadavg().map(round),
      }),
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

type ChildResult = { ms: number; maxRssKiB: number; outDir: string };

/** One `build-child.ts` run; its own timing excludes Node's start-up. */
function build(source: string, out: string): Promise<ChildResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, source, out], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = stdout.trim().split('\n').at(-1) ?? '';
      if (code !== 0) reject(new Error(`build failed (${code}): ${stdout}`));
      else resolvePromise(JSON.parse(last) as ChildResult);
    });
  });
}

/** Bytes under `dir`, each inode once (the build hard-links derivatives from its cache). */
async function folderBytes(dir: string): Promise<number> {
  const seen = new Set<number>();
  let total = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const info = await stat(join(entry.parentPath, entry.name));
    if (seen.has(info.ino)) continue;
    seen.add(info.ino);
    total += info.size;
  }
  return total;
}

function log(line: string) {
  process.stderr.write(`${line}\n`);
}

function mb(bytes: number): number {
  return Math.round(bytes / 1e5) / 10;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

await main();
