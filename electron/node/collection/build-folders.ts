import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { FileDigest } from '../images/file-digest';
import { RECORD_FILE, writeBuildRecord } from './build-record';
import { BUILDS_DIR, readPointer, writePointer, type BuildPointer } from './build-pointer';

export { lockBuilds } from './build-lock';
export { currentBuild, findLiveBuild } from './live-build';

export const PARTIAL_PREFIX = '.partial-';

/** A fresh folder for a build in progress; nothing reads it until {@link switchTo}. */
export async function makePartialFolder(out: string): Promise<string> {
  const builds = path.join(out, BUILDS_DIR);
  await mkdir(builds, { recursive: true });
  const dir = path.join(builds, `${PARTIAL_PREFIX}${Date.now()}-${process.pid}`);
  await mkdir(dir);
  return dir;
}

/**
 * Records what a finished build holds (`integrity.json`), moves it to its final name, then swaps
 * the pointer atomically: readers see the old build or the new one, never a mix. Returns the folder.
 */
export async function switchTo(
  out: string,
  partial: string,
  version: string,
  now: Date,
  knownDigests?: ReadonlyMap<string, FileDigest>,
): Promise<string> {
  await writeBuildRecord(partial, version, knownDigests);
  const name = `${version}-${now.getTime()}`;
  const finalDir = path.join(out, BUILDS_DIR, name);
  await rename(partial, finalDir);
  const previous = await readPointer(out);
  const pointer: BuildPointer = {
    build: `${BUILDS_DIR}/${name}`,
    version,
    switchedAt: now.toISOString(),
    previous: previous?.build ?? null,
  };
  await writePointer(out, pointer);
  return finalDir;
}

/**
 * Deletes every build except the live one and the last good one, and leftovers of interrupted builds
 * (`.partial-*`). Only a holder of the build lock may call this: no other build is writing then.
 * @param alsoKeep - a build folder to keep whatever the pointer says (the live build found when the
 *   pointer was damaged and could not be repaired)
 */
export async function pruneBuilds(out: string, alsoKeep?: string): Promise<void> {
  const pointer = await readPointer(out);
  const keep = new Set(
    [pointer?.build, pointer?.previous, alsoKeep].filter(Boolean).map((b) => path.basename(b!)),
  );
  const entries = await readdir(path.join(out, BUILDS_DIR)).catch(() => [] as string[]);
  await Promise.all(
    entries
      .filter((e) => !keep.has(e))
      .map((e) => rm(path.join(out, BUILDS_DIR, e), { recursive: true, force: true })),
  );
}

/**
 * True when two build folders hold the same manifest and chunk file names, siblings included. A
 * live folder of the same version written before the build precompressed its text has none of the
 * `.br`/`.gz` siblings; it is replaced by the fresh copy rather than kept, or it would never get them.
 */
export async function sameTextFiles(a: string, b: string): Promise<boolean> {
  const names = async (dir: string) => {
    // Files only: a fresh folder has no `media/` yet, its images are linked once it will switch.
    const top = await readdir(dir, { withFileTypes: true }).catch(() => []);
    const chunks = await readdir(path.join(dir, 'chunks')).catch(() => [] as string[]);
    const topFiles = top
      .filter((entry) => entry.isFile() && entry.name !== RECORD_FILE)
      .map((entry) => entry.name);
    return [...topFiles, ...chunks.map((name) => `chunks/${name}`)].sort().join('\n');
  };
  return (await names(a)) === (await names(b));
}
