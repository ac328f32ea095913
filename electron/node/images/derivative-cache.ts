import { createHash, randomUUID } from 'node:crypto';
import { copyFile, link, mkdir, rename, rm, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  readIntact,
  writeEntry,
  type EntryFiles,
  type EntryStamps,
  type IntactEntry,
} from './cache-entry-check';
import { PIPELINE_VERSION } from './settings';

/**
 * Marks a render in progress: `<key>.tmp-<pid>-<uuid>`. The pid lets the next build tell a folder
 * left by a process that died from one a running build is still writing.
 */
export const RENDER_TEMP_MARK = '.tmp-';

/** Render folders this process is writing now (absolute paths); never cleaned up under it. */
export const rendersInProgress = new Set<string>();

/**
 * Cache key of one image's screen renders (thumbnails, display size, placeholder, palette): its
 * bytes plus everything that changes those derivatives. The file name and the job id are
 * deliberately not part of it, so a renamed or duplicated image is never rendered twice.
 */
export function cacheKey(sourceHash: string, opts: { colourFamilies: Record<string, string> }) {
  const families = Object.keys(opts.colourFamilies)
    .sort()
    .map((key) => [key, opts.colourFamilies[key]!.toLowerCase()]);
  return createHash('sha256')
    .update(JSON.stringify([PIPELINE_VERSION, sourceHash, families]))
    .digest('hex');
}

/**
 * Cache key of one image's deep-zoom tile set: an entry of its own, made later than the screen
 * renders when a kiosk goes live first, and not changed by the colour vocabulary.
 */
export function tilesCacheKey(sourceHash: string) {
  return createHash('sha256')
    .update(JSON.stringify([PIPELINE_VERSION, sourceHash, 'tiles']))
    .digest('hex');
}

/** The folder of a cache entry. */
export function entryFolder(cacheDir: string, key: string): string {
  return join(cacheDir, key.slice(0, 2), key);
}

/** A cache entry ready to link: its folder, the render's facts and its files' digests. */
export interface CachedRender<T extends object> {
  dir: string;
  entry: T;
  files: EntryFiles | undefined;
  /** Each file as stat saw it when checked or written (a rename keeps inodes). */
  seen: EntryStamps;
  /** True when it was in the cache already, false when rendered by this call. */
  hit: boolean;
}

/**
 * Returns the cached render for `key`, rendering it first when absent or damaged (a file missing
 * or changed since it was rendered, see `readIntact`). A render goes to a private temporary
 * folder that is renamed into place only when complete, so an interrupted build never leaves a
 * half-filled entry that a later build would trust.
 */
export async function ensureCached<T extends object>(
  cacheDir: string,
  key: string,
  render: (dir: string) => Promise<T>,
): Promise<CachedRender<T>> {
  const dir = entryFolder(cacheDir, key);
  const cached = await readIntact<T>(dir);
  if (cached) return { dir, ...cached, hit: true };
  const temp = `${dir}${RENDER_TEMP_MARK}${process.pid}-${randomUUID()}`;
  rendersInProgress.add(temp);
  await mkdir(temp, { recursive: true });
  try {
    const entry = await render(temp);
    const ours = await writeEntry(temp, entry);
    const theirs = await publish<T>(temp, dir);
    // Another build's entry kept in place of ours: what is linked from now on is its files.
    return theirs ? { dir, ...theirs, hit: true } : { dir, entry, ...ours, hit: false };
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  } finally {
    rendersInProgress.delete(temp);
  }
}

/**
 * Renames a finished render into place. If another build published the same key meanwhile, its
 * intact entry is kept (someone may be linking from it) and ours is dropped; a broken leftover or
 * a damaged entry is replaced (build folders that linked the damaged files keep them, which is how
 * the next rebuild's check of the live folder finds them).
 */
async function publish<T extends object>(temp: string, dir: string): Promise<IntactEntry<T> | null> {
  try {
    await rename(temp, dir);
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
  }
  const theirs = await readIntact<T>(dir);
  if (theirs) {
    await rm(temp, { recursive: true, force: true });
    return theirs;
  }
  await rm(dir, { recursive: true, force: true });
  await rename(temp, dir);
  return null;
}

/**
 * Puts a cached file at `dest`. A hard link costs one metadata write whatever the file size; across
 * file systems (or where links are not allowed) it falls back to a copy. Outputs are treated as
 * read-only: editing one in place would also change the cached original.
 */
export async function placeFile(src: string, dest: string, retried = false): Promise<void> {
  try {
    await link(src, dest);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !retried) {
      await mkdir(dirname(dest), { recursive: true });
      return placeFile(src, dest, true);
    }
    if (code === 'EEXIST' && !retried) {
      await unlink(dest);
      return placeFile(src, dest, true);
    }
    await copyFile(src, dest);
  }
}
