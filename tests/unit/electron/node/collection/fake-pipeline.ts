import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DeriveFn, ImageDerivatives } from '../../../../../electron/node/collection/image-adapter';
import type { CollectionManifest } from '../../../../../electron/shared/collection-records';

/**
 * A stand-in image pipeline that writes real (tiny) files where the real one would: a display
 * size, one thumbnail and, with tiles on, a DZI file and its tile folder. Fast and deterministic,
 * and unlike a pipeline that only names files, it lets tests see which derivatives a build holds.
 */
export const fileWritingDerive: DeriveFn = async (jobs, opts) => {
  const result = new Map<string, ImageDerivatives | Error>();
  await mkdir(path.join(opts.outDir, 'media'), { recursive: true });
  let done = 0;
  for (const job of jobs) {
    const source = await readFile(job.source);
    const base = `media/${job.id}-${source.length}`;
    const write = async (rel: string): Promise<string> => {
      await mkdir(path.dirname(path.join(opts.outDir, rel)), { recursive: true });
      await writeFile(path.join(opts.outDir, rel), `${job.id} ${rel}`);
      return rel;
    };
    const tiles = opts.tiles === false ? undefined : await write(`${base}.dzi`);
    if (tiles) await write(`${base}_files/0/0_0.webp`);
    result.set(job.id, {
      width: 1200,
      height: 800,
      thumbs: { '256': await write(`${base}-256.webp`) },
      cards: { '336': await write(`${base}-card-336.jpg`) },
      display: await write(`${base}.webp`),
      ...(tiles ? { tiles } : {}),
      palette: [{ family: 'soga', hex: '#8a5a2b', share: 1 }],
      sourceHash: `${source.length}`,
    });
    opts.onProgress?.(++done, jobs.length);
  }
  return result;
};

export async function manifestOf(dir: string): Promise<CollectionManifest> {
  return JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as CollectionManifest;
}

/** Every record of one kind in a build folder, read from its chunks. */
export async function recordsOf<T>(dir: string, kind: string): Promise<T[]> {
  const manifest = await manifestOf(dir);
  const parts = await Promise.all(
    manifest.chunks
      .filter((c) => c.kind === kind)
      .map(async (c) => JSON.parse(await readFile(path.join(dir, c.file), 'utf8')) as T[]),
  );
  return parts.flat();
}
