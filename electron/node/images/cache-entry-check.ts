import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { digestFile, digestTree, FILES_IN_FLIGHT, type FileDigest } from './file-digest';
import { sameStamp, settledAt, stampOf, type FileStamp } from './file-stamp';
import { runPool } from './job-pool';

/** The file in each cache entry folder that says what the render made. */
const ENTRY_FILE = 'entry.json';

/**
 * What `entry.json` holds: the render's facts plus the size and SHA-256 of every file it wrote.
 * Build folders hard-link these files, so damage to a served image is damage to the entry too;
 * the digests let the next build notice it and render the image again instead of linking it.
 */
type StoredEntry<T extends object> = T & {
  files?: Record<string, FileDigest>;
  /**
   * Files as stat saw them after their bytes were read and found intact, for those written long
   * enough before that read (see `settledAt`): a later build trusts an unchanged stamp unread.
   */
  stamps?: Record<string, FileStamp>;
  /** Written by earlier versions, which stamped all files at once; no longer needed. */
  stampedAt?: number;
};

const SKIP = new Set([ENTRY_FILE]);

/** The digests of an entry's files, keyed by `/`-separated path inside the entry folder. */
export type EntryFiles = Record<string, FileDigest>;

/** How stat saw each file of an entry during this check, keyed like {@link EntryFiles}. */
export type EntryStamps = Record<string, FileStamp>;

/** An intact entry: the render's facts, and its files' digests when known (not for a legacy entry). */
export interface IntactEntry<T extends object> {
  entry: T;
  files: EntryFiles | undefined;
  /** Each file as stat found it now, so a build can tell a hard link to it without another stat. */
  seen: EntryStamps;
}

/**
 * Writes `entry.json` into a finished render folder, with the digests of everything in it and the
 * stamps of the files written before the racy window, so the next build need not read them again.
 */
export async function writeEntry(
  dir: string,
  entry: object,
): Promise<{ files: EntryFiles; seen: EntryStamps }> {
  const readFrom = Date.now();
  const files = await digestTree(dir, SKIP);
  const stamps: EntryStamps = {};
  const seen: EntryStamps = {};
  for (const file of Object.keys(files)) {
    const stamp = stampOf(join(dir, file));
    if (!stamp) continue;
    seen[file] = stamp;
    if (stamp.size === files[file]!.size && settledAt(stamp, readFrom)) stamps[file] = stamp;
  }
  const stored: StoredEntry<object> = { ...entry, files, stamps: sorted(stamps) };
  await writeFile(join(dir, ENTRY_FILE), JSON.stringify(stored));
  return { files, seen };
}

/** The same keys in sorted order, so the JSON written does not depend on completion order. */
function sorted<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

async function readStored<T extends object>(dir: string): Promise<StoredEntry<T> | undefined> {
  try {
    return JSON.parse(await readFile(join(dir, ENTRY_FILE), 'utf8')) as StoredEntry<T>;
  } catch {
    return undefined;
  }
}

function facts<T extends object>(stored: StoredEntry<T>): T {
  const { files: _files, stamps: _stamps, stampedAt: _stampedAt, ...entry } = stored;
  return entry as T;
}

/** Writes `entry.json` aside and renames it, so a build reading it meanwhile sees the old or the new one. */
async function replaceEntryFile(dir: string, stored: object): Promise<void> {
  const temp = join(dir, `${ENTRY_FILE}.${process.pid}.tmp`);
  await writeFile(temp, JSON.stringify(stored));
  await rename(temp, join(dir, ENTRY_FILE));
}

/**
 * The entry of a cache folder, with its files' digests, when the folder is whole, else undefined
 * (absent, unreadable, or a file missing or changed since the render). A build that links the files
 * records these digests instead of reading the linked files again. A file whose stamp (taken when
 * it was last hashed, see `writeEntry`) stat still finds is trusted unread; any other is read and
 * hashed (about 2 ms per MB) and stamped now if it may be. A file changed in place gets a new mtime,
 * so it is hashed and found; damage that keeps a file's size, mtime and inode (bit rot, or someone
 * restoring the old mtime on purpose) is not seen by a build - `collection check` and the live
 * folder's own integrity check read every byte.
 *
 * An entry written before digests were kept is taken as it is and given its digests now: there is
 * nothing to compare it with, and rendering every image of an upgraded kiosk again would take hours.
 */
export async function readIntact<T extends object>(dir: string): Promise<IntactEntry<T> | undefined> {
  const stored = await readStored<T>(dir);
  if (!stored) return undefined;
  if (!stored.files) {
    const files = await adoptLegacyEntry(dir, stored).catch(() => undefined);
    return { entry: facts(stored), files, seen: {} };
  }
  const stamps = { ...stored.stamps };
  const seen: EntryStamps = {};
  let intact = true;
  let restamped = false;
  await runPool(Object.entries(stored.files), FILES_IN_FLIGHT, async ([file, expected]) => {
    if (!intact) return;
    const path = join(dir, file);
    const was = stamps[file];
    const now = stampOf(path);
    if (now) seen[file] = now;
    if (was && now && sameStamp(now, was)) return;
    const readFrom = Date.now();
    const actual = await digestFile(path).catch(() => null);
    if (actual?.size !== expected.size || actual.sha256 !== expected.sha256) {
      intact = false;
      return;
    }
    // Found intact: stamp it, if it was written long enough before this read to be trusted later.
    const after = stampOf(path);
    if (after) seen[file] = after;
    if (after && settledAt(after, readFrom)) stamps[file] = after;
    else delete stamps[file];
    restamped = true;
  });
  if (!intact) return undefined;
  if (restamped) await replaceEntryFile(dir, { ...stored, stamps: sorted(stamps) }).catch(() => undefined);
  return { entry: facts(stored), files: stored.files, seen };
}

async function adoptLegacyEntry(dir: string, stored: StoredEntry<object>): Promise<EntryFiles> {
  const files = await digestTree(dir, SKIP);
  await replaceEntryFile(dir, { ...stored, files });
  return files;
}
