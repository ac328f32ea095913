/**
 * The image pipeline: the one library the collection CLI, the web host and the Electron main
 * process call to check images and turn them into kiosk derivatives.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { cacheKey, ensureCached, placeFile, placeTree } from './derivative-cache';
import { ImageProblem, toImageProblem, toOutputProblem } from './image-problem';
import { runPool } from './job-pool';
import { RENDER_FILES, renderDerivatives, type RenderedImage } from './render';
import { THUMB_SIZES } from './settings';
import { decodeFully, openSource } from './source';
import type { ImageDerivatives, ImageJob, PipelineOptions } from './types';

export { inspectImage } from './inspect';
export { ImageProblem, OutputProblem } from './image-problem';
export { runPool } from './job-pool';
export type { ImageDerivatives, ImageJob, PipelineOptions } from './types';

/** Folder, relative to the output root, that all derivatives go to. */
const MEDIA_DIR = 'media';

/**
 * Makes thumbnails, a display size, deep-zoom tiles, a ThumbHash and a snapped palette for every
 * job. Each image is rendered once into the content-hash cache (`opts.cacheDir`) and then
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
  const renders = new Map<string, ReturnType<typeof ensureCached>>();
  const results = new Map<string, ImageDerivatives | Error>();
  let done = 0;
  await runPool(jobs, workers, async (job) => {
    try {
      results.set(job.id, await buildOne(job, opts, renders));
    } catch (error) {
      results.set(job.id, await asProblem(error, job.source));
    }
    done += 1;
    opts.onProgress?.(done, jobs.length);
  });
  return new Map(jobs.map((job) => [job.id, results.get(job.id)!]));
}

async function buildOne(
  job: ImageJob,
  opts: PipelineOptions,
  renders: Map<string, ReturnType<typeof ensureCached>>,
): Promise<ImageDerivatives> {
  let bytes: Buffer;
  try {
    bytes = await readFile(job.source);
  } catch (error) {
    throw toImageProblem(error, job.source);
  }
  const sourceHash = createHash('sha256').update(bytes).digest('hex');
  const settings = { tiles: opts.tiles !== false, colourFamilies: opts.colourFamilies };
  const key = cacheKey(sourceHash, settings);
  let pending = renders.get(key);
  if (!pending) {
    pending = ensureCached(opts.cacheDir, key, async (dir) =>
      renderDerivatives(await openSource(bytes, job.source), dir, settings),
    );
    renders.set(key, pending);
  }
  const { dir, entry } = await pending;
  const base = `${MEDIA_DIR}/${safeName(job.id)}-${key.slice(0, 8)}`;
  return place(dir, entry, opts.outDir, base, sourceHash);
}

async function place(
  cached: string,
  entry: RenderedImage,
  outDir: string,
  base: string,
  sourceHash: string,
): Promise<ImageDerivatives> {
  const thumbs: Record<string, string> = {};
  const links: Promise<void>[] = [];
  for (const size of THUMB_SIZES) {
    thumbs[String(size)] = `${base}-${size}.webp`;
    links.push(placeFile(join(cached, RENDER_FILES.thumb(size)), join(outDir, thumbs[String(size)]!)));
  }
  const display = `${base}.webp`;
  links.push(placeFile(join(cached, RENDER_FILES.display), join(outDir, display)));
  let tiles: string | undefined;
  if (entry.tiles) {
    tiles = `${base}.dzi`;
    links.push(placeFile(join(cached, RENDER_FILES.tiles), join(outDir, tiles)));
    links.push(placeTree(join(cached, RENDER_FILES.tilesDir), join(outDir, `${base}_files`)));
  }
  await Promise.all(links);
  return {
    width: entry.width,
    height: entry.height,
    thumbs,
    display,
    ...(tiles ? { tiles } : {}),
    placeholder: entry.placeholder,
    palette: entry.palette,
    sourceHash,
  };
}

/**
 * Sorts out whose fault a failure was. Reading or decoding the source is the image's problem; a
 * failure writing the cache or the output (disk full, permissions) is not, and must not be
 * reported as a bad image. sharp reads and writes in one call, so when its error names neither
 * side, the source is decoded once more on its own, as the check does: if that fails the image is
 * at fault, else the output side or the pipeline is.
 */
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
 * Returns how many images to work on at once; the check uses the same number.
 */
export function imageWorkers(purpose: 'build' | 'check' = 'build'): number {
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
  return Math.min(cores, 4);
}
