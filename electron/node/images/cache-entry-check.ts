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
  /** Each file as stat saw it when its bytes were last hashed and found intact. */
  stamps?: Record<string, FileStamp>;
  /** When the stamps were taken (ms since the epoch). */
  stampedAt?: number;
};

const SKIP = new Set([ENTRY_FILE]);

/** Writes `entry.json` into a finished render folder, with the digests of everything in it. */
export async function writeEntry(dir: string, entry: object): Promise<void> {
  const stored: StoredEntry<object> = { ...entry, files: await digestTree(dir, SKIP) };
  await writeFile(join(dir, ENTRY_FILE), JSON.stringify(stored));
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

/** True when every file still has the stamp taken when it was last found intact, and none is racy. */
async function stampsMatch<T extends object>(dir: string, stored: StoredEntry<T>): Promise<boolean> {
  const { files, stamps, stampedAt } = stored;
  if (!files || !stamps || stampedAt === undefined) return false;
  let same = true;
  await runPool(Object.keys(files), FILES_IN_FLIGHT, async (file) => {
    if (!same) return;
    const was = stamps[file];
    const now = await stampOf(join(dir, file));
    if (!was || !now || !settledAt(was, stampedAt) || !sameStamp(now, was)) same = false;
  });
  return same;
}

/**
 * Records how every file of an entry just found intact looks to stat, so the next build can trust
 * an unchanged stamp instead of hashing the bytes again. Skipped while any file is racy.
 */
async function stampEntry<T extends object>(dir: string, stored: StoredEntry<T>): Promise<void> {
  const stampedAt = Date.now();
  const stamps: Record<string, FileStamp> = {};
  for (const file of Object.keys(stored.files ?? {})) {
    const stamp = await stampOf(join(dir, file));
    if (!stamp || !settledAt(stamp, stampedAt)) return;
    stamps[file] = stamp;
  }
  await replaceEntryFile(dir, { ...stored, stamps, stampedAt });
}

/** Writes `entry.json` aside and renames it, so a build reading it meanwhile sees the old or the new one. */
async function replaceEntryFile(dir: string, stored: object): Promise<void> {
  const temp = join(dir, `${ENTRY_FILE}.${process.pid}.tmp`);
  await writeFile(temp, JSON.stringify(stored));
  await rename(temp, join(dir, ENTRY_FILE));
}

/** True when every file the entry lists is there with the same size and bytes. */
async function filesMatch(dir: string, files: Record<string, FileDigest>): Promise<boolean> {
  let intact = true;
  await runPool(Object.entries(files), FILES_IN_FLIGHT, async ([file, expected]) => {
    if (!intact) return;
    const actual = await digestFile(join(dir, file)).catch(() => null);
    if (actual?.size !== expected.size || actual.sha256 !== expected.sha256) intact = false;
  });
  return intact;
}

/**
 * The entry of a cache folder when the folder is whole, else undefined (absent, unreadable, or a
 * file missing or changed since the render). The first check after a render reads and hashes each
 * file (about 2 ms per MB, a few percent of rendering them again) and then stamps the entry; later
 * checks stat each file and hash only when a stamp differs. A file changed in place gets a new
 * mtime, so it is hashed and found; damage that keeps a file's size, mtime and inode (bit rot, or
 * someone restoring the old mtime on purpose) is not seen by a build - `collection check` and the
 * live folder's own integrity check read every byte.
 *
 * An entry written before digests were kept is taken as it is and given its digests now: there is
 * nothing to compare it with, and rendering every image of an upgraded kiosk again would take hours.
 */
export async function readIntactEntry<T extends object>(dir: string): Promise<T | undefined> {
  const stored = await readStored<T>(dir);
  if (!stored) return undefined;
  if (!stored.files) {
    await adoptLegacyEntry(dir, stored).catch(() => undefined);
    return facts(stored);
  }
  if (await stampsMatch(dir, stored)) return facts(stored);
  if (!(await filesMatch(dir, stored.files))) return undefined;
  await stampEntry(dir, stored).catch(() => undefined);
  return facts(stored);
}

async function adoptLegacyEntry(dir: string, stored: StoredEntry<object>): Promise<void> {
  await replaceEntryFile(dir, { ...stored, files: await digestTree(dir, SKIP) });
}
