/**
 * The image pipeline: the one library the collection CLI, the web host and the Electron main
 * process call to check images and turn them into kiosk derivatives.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { readIntact, type EntryFiles, type EntryStamps } from './cache-entry-check';
import { cacheKey, ensureCached, entryFolder, tilesCacheKey, type CachedRender } from './derivative-cache';
import { listFiles } from './file-digest';
import { ImageProblem, toImageProblem, toOutputProblem } from './image-problem';
import { runPool } from './job-pool';
import { LinkPlan, type PlannedLink } from './link-plan';
import {
  RENDER_FILES,
  renderDerivatives,
  renderTiles,
  wantsTiles,
  type RenderedImage,
  type RenderedTiles,
} from './render';
import { CARD_WIDTHS, THUMB_SIZES } from './settings';
import { decodeFully, openSource, type SourceImage } from './source';
import { SourceHashes } from './source-hashes';
import type { ImageDerivatives, ImageJob, PipelineOptions, TileOptions } from './types';

export { inspectImage } from './inspect';
export { ImageProblem, OutputProblem } from './image-problem';
export { runPool } from './job-pool';
export type { ImageDerivatives, ImageJob, PipelineOptions, TileOptions } from './types';

/** Folder, relative to the output root, that all derivatives go to. */
const MEDIA_DIR = 'media';

type Renders = Map<string, Promise<CachedRender<object>>>;

/** A cache entry's folder, its files' digests (undefined for an entry from before digests) and stamps. */
type EntryOnDisk = { dir: string; files: EntryFiles | undefined; seen: EntryStamps };

/**
 * Makes thumbnails, a display size, a ThumbHash and a snapped palette for every job, and deep-zoom
 * tiles as `opts.tiles` says: made now (`true`, the default), only where already made (`'cached'`:
 * the others come back with `tilesPending`, for `makeTiles` to make while the kiosk is live), or
 * none. Each image is rendered once into the content-hash cache (`opts.cacheDir`) and then
 * hard-linked into `opts.outDir`; an unchanged image costs a read, a hash and a few links. One
 * failing image does not stop the others: its map entry is the Error: an ImageProblem when the
 * file is at fault, an OutputProblem when the output could not be written (disk full, no
 * permission), another Error when the pipeline itself failed on a file that decodes. Keys of the
 * result are job ids.
 */
export async function buildDerivatives(
  jobs: ImageJob[],
  opts: PipelineOptions,
): Promise<Map<string, ImageDerivatives | Error>> {
  const workers = imageWorkers('build');
  // Identical bytes under two ids (a copied photo) are rendered once, even within one run.
  const renders: Renders = new Map();
  const hashes = await SourceHashes.open(opts.cacheDir);
  const results = new Map<string, ImageDerivatives | Error>();
  let done = 0;
  await runPool(jobs, workers, async (job) => {
    try {
      results.set(
        job.id,
        (await placeKnown(job, opts, hashes)) ?? (await buildOne(job, opts, renders, hashes)),
      );
    } catch (error) {
      results.set(job.id, await asProblem(error, job.source));
    }
    done += 1;
    opts.onProgress?.(done, jobs.length);
  });
  await stampRendered(renders);
  await hashes.save().catch(() => undefined);
  return new Map(jobs.map((job) => [job.id, results.get(job.id)!]));
}

/**
 * Makes the deep-zoom tile sets of `jobs` that are not in the cache yet, in the order given (the
 * most-viewed first), as many at once as a build works on. A set enters the cache only when
 * complete, so a build that links it never publishes half a pyramid. Stops starting new images
 * once `opts.shouldStop()` says so (a curator's change is waiting to be built); the images under
 * way are finished. Resolves with each job's outcome (absent: not started).
 */
export async function makeTiles(
  jobs: ImageJob[],
  opts: TileOptions,
): Promise<Map<string, 'made' | 'cached' | Error>> {
  const workers = imageWorkers('background');
  const renders: Renders = new Map();
  const results = new Map<string, 'made' | 'cached' | Error>();
  let done = 0;
  await runPool(jobs, workers, async (job) => {
    if (opts.shouldStop?.()) return;
    try {
      const bytes = await readFile(job.source);
      const key = tilesCacheKey(createHash('sha256').update(bytes).digest('hex'));
      const { hit } = await cachedRender(renders, opts.cacheDir, key, async (dir) =>
        renderTiles(await openSource(bytes, job.source), dir),
      );
      results.set(job.id, hit ? 'cached' : 'made');
    } catch (error) {
      results.set(job.id, await asProblem(error, job.source));
    }
    done += 1;
    opts.onProgress?.(done, jobs.length);
  });
  await stampRendered(renders);
  return results;
}

/**
 * A render is stamped when written, except the files written in the racy window just before it was
 * hashed (the screen sizes, written last, always are; see `writeEntry`). The entries rendered in
 * this run are checked once more at its end, when all but the last few are old enough, so the next
 * build trusts their files unread instead of hashing them all first (seconds at museum scale).
 */
async function stampRendered(renders: Renders): Promise<void> {
  const dirs: string[] = [];
  for (const pending of renders.values()) {
    const render = await pending.catch(() => null);
    if (render && !render.hit) dirs.push(render.dir);
  }
  // A damaged entry is left as it is: the next build renders it again.
  await runPool(
    dirs,
    imageWorkers('build'),
    async (dir) => void (await readIntact(dir).catch(() => undefined)),
  );
}

/** One render per cache key and run, shared by every job whose bytes have that key. */
function cachedRender<T extends object>(
  renders: Renders,
  cacheDir: string,
  key: string,
  render: (dir: string) => Promise<T>,
): Promise<CachedRender<T>> {
  let pending = renders.get(key) as Promise<CachedRender<T>> | undefined;
  if (!pending) {
    pending = ensureCached(cacheDir, key, render);
    renders.set(key, pending);
  }
  return pending;
}

/**
 * The quick way for an unchanged photo: its remembered hash (the file as stat saw it when hashed)
 * and intact cache entries for everything this build needs from it. Null when anything is missing,
 * and the photo goes the whole way (`buildOne`), bytes read and hashed.
 */
async function placeKnown(
  job: ImageJob,
  opts: PipelineOptions,
  hashes: SourceHashes,
): Promise<ImageDerivatives | null> {
  const sourceHash = await hashes.known(job.source);
  if (!sourceHash) return null;
  const key = cacheKey(sourceHash, { colourFamilies: opts.colourFamilies });
  const dir = entryFolder(opts.cacheDir, key);
  const screen = await readIntact<RenderedImage>(dir);
  if (!screen) return null;
  const mode = opts.tiles ?? true;
  const wanted = wantsTiles(screen.entry);
  const tiles = mode !== false && wanted ? await cachedTiles(opts.cacheDir, sourceHash) : null;
  // Tiles wanted now but not made yet: the whole way, where they are rendered.
  if (mode === true && wanted && !tiles) return null;
  return placeJob(job, opts, sourceHash, key, { dir, ...screen }, tiles);
}

/** The tile set already in the cache for these source bytes, or null. */
async function cachedTiles(cacheDir: string, sourceHash: string): Promise<EntryOnDisk | null> {
  const dir = entryFolder(cacheDir, tilesCacheKey(sourceHash));
  const tiles = await readIntact<RenderedTiles>(dir);
  return tiles ? { dir, files: tiles.files, seen: tiles.seen } : null;
}

/**
 * Links one image's renders into the build under its job's name; marked `tilesPending` when only
 * cached tiles are wanted (`tiles: 'cached'`) and the image, large enough for them, has none yet.
 */
async function placeJob(
  job: ImageJob,
  opts: PipelineOptions,
  sourceHash: string,
  key: string,
  screen: EntryOnDisk & { entry: RenderedImage },
  tiles: EntryOnDisk | null,
): Promise<ImageDerivatives> {
  const base = `${MEDIA_DIR}/${safeName(job.id)}-${key.slice(0, 8)}`;
  const placed = await place(screen, tiles, opts, base, sourceHash);
  const tilesPending = opts.tiles === 'cached' && tiles === null && wantsTiles(screen.entry);
  return tilesPending ? { ...placed, tilesPending } : placed;
}

async function buildOne(
  job: ImageJob,
  opts: PipelineOptions,
  renders: Renders,
  hashes: SourceHashes,
): Promise<ImageDerivatives> {
  let bytes: Buffer;
  const readFrom = Date.now();
  try {
    bytes = await readFile(job.source);
  } catch (error) {
    throw toImageProblem(error, job.source);
  }
  const sourceHash = createHash('sha256').update(bytes).digest('hex');
  await hashes.remember(job.source, sourceHash, readFrom);
  // Opened at most once; in a 'cached' or tile-less build, not at all when the screen sizes are cached.
  let opened: Promise<SourceImage> | undefined;
  const image = () => (opened ??= openSource(bytes, job.source));
  const key = cacheKey(sourceHash, { colourFamilies: opts.colourFamilies });
  const mode = opts.tiles ?? true;
  // Made in one go (the CLI): the pyramid is rendered beside the screen sizes, not after them.
  const tilesNow =
    mode === true
      ? image().then((opened) =>
          wantsTiles(opened)
            ? cachedRender(renders, opts.cacheDir, tilesCacheKey(sourceHash), (dir) =>
                renderTiles(opened, dir),
              )
            : null,
        )
      : null;
  // Awaited below; a failure of the screen renders first must not leave this one unhandled.
  tilesNow?.catch(() => undefined);
  const screen = await cachedRender(renders, opts.cacheDir, key, async (dir) =>
    renderDerivatives(await image(), dir, { colourFamilies: opts.colourFamilies }),
  );
  const tiles = tilesNow
    ? await tilesNow
    : mode === 'cached' && wantsTiles(screen.entry)
      ? await cachedTiles(opts.cacheDir, sourceHash)
      : null;
  return placeJob(job, opts, sourceHash, key, screen, tiles);
}

/**
 * Links one image's cache files into the build under `base`, or adds them to `opts.links` for the
 * build to link once it knows it will switch (see `LinkPlan`).
 */
async function place(
  screen: EntryOnDisk & { entry: RenderedImage },
  tiles: EntryOnDisk | null,
  opts: PipelineOptions,
  base: string,
  sourceHash: string,
): Promise<ImageDerivatives> {
  const files: { dest: string; link: PlannedLink }[] = [];
  const fromEntry = (from: EntryOnDisk, name: string, dest: string) =>
    files.push({
      dest,
      link: { src: join(from.dir, name), digest: from.files?.[name], seen: from.seen[name] },
    });
  const thumbs: Record<string, string> = {};
  for (const size of THUMB_SIZES) {
    thumbs[String(size)] = `${base}-${size}.jpg`;
    fromEntry(screen, RENDER_FILES.thumb(size), thumbs[String(size)]!);
  }
  const cards: Record<string, string> = {};
  for (const width of CARD_WIDTHS) {
    cards[String(width)] = `${base}-card-${width}.jpg`;
    fromEntry(screen, RENDER_FILES.card(width), cards[String(width)]!);
  }
  const display = `${base}.webp`;
  fromEntry(screen, RENDER_FILES.display, display);
  let dzi: string | undefined;
  if (tiles) {
    dzi = `${base}.dzi`;
    fromEntry(tiles, RENDER_FILES.tiles, dzi);
    const prefix = `${RENDER_FILES.tilesDir}/`;
    for (const name of await entryFileNames(tiles)) {
      if (name.startsWith(prefix)) fromEntry(tiles, name, `${base}_files/${name.slice(prefix.length)}`);
    }
  }
  const plan = opts.links ?? new LinkPlan();
  for (const file of files) plan.add(file.dest, file.link);
  if (!opts.links) await plan.apply(opts.outDir);
  const { entry } = screen;
  return {
    width: entry.width,
    height: entry.height,
    thumbs,
    cards,
    display,
    ...(dzi ? { tiles: dzi } : {}),
    placeholder: entry.placeholder,
    palette: entry.palette,
    sourceHash,
  };
}

/** The files of a cache entry: from its digests, or listed from disk for an entry without them. */
async function entryFileNames(from: EntryOnDisk): Promise<string[]> {
  return from.files ? Object.keys(from.files) : listFiles(from.dir);
}

async function asProblem(error: unknown, source: string): Promise<Error> {
  if (error instanceof ImageProblem) return error;
  const output = toOutputProblem(error);
  if (output) return output;
  try {
    const bytes = await readFile(source);
    await decodeFully(await openSource(bytes, source), source);
  } catch (sourceError) {
    return toImageProblem(sourceError, source);
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** Job ids become file names: anything outside [a-z0-9-] is replaced so no id can leave media/. */
function safeName(id: string): string {
  return (
    id
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'image'
  );
}

/**
 * A small pool of whole images, one libvips thread each: on a 2-core kiosk PC two images side by
 * side keep both cores busy with less per-thread overhead than one image spread over two threads.
 * Returns how many images to work on at once; the check uses the same number. Work done while the
 * kiosk is live (`background`: the deep-zoom tiles) leaves one core free, for the visitor's screen
 * and the first page's sync, which on 2 cores otherwise waited behind two tile sets at a time.
 */
export function imageWorkers(purpose: 'build' | 'check' | 'background' = 'build'): number {
  const cores = Math.max(1, availableParallelism());
  sharp.concurrency(1);
  if (purpose === 'check') {
    // The check decodes each file once and keeps nothing: libvips' operation cache would only
    // hold memory (about 130 MB less at the peak of checking the sample).
    sharp.cache(false);
  } else {
    // Sources are read into buffers; libvips' file cache would only hold stale decoded files.
    sharp.cache({ files: 0 });
  }
  return Math.min(purpose === 'background' ? Math.max(1, cores - 1) : cores, 4);
}
