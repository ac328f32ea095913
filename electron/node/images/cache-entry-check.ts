import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { digestFile, digestTree, FILES_IN_FLIGHT, type FileDigest } from './file-digest';
import { runPool } from './job-pool';

/** The file in each cache entry folder that says what the render made. */
const ENTRY_FILE = 'entry.json';

/**
 * What `entry.json` holds: the render's facts plus the size and SHA-256 of every file it wrote.
 * Build folders hard-link these files, so damage to a served image is damage to the entry too;
 * the digests let the next build notice it and render the image again instead of linking it.
 */
type StoredEntry<T extends object> = T & { files?: Record<string, FileDigest> };

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
  const { files: _files, ...entry } = stored;
  return entry as T;
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
 * file missing or changed since the render). Costs one read and hash of each file: about 2 ms per
 * MB, a few percent of what rendering them again costs.
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
  return (await filesMatch(dir, stored.files)) ? facts(stored) : undefined;
}

async function adoptLegacyEntry(dir: string, stored: StoredEntry<object>): Promise<void> {
  const files = await digestTree(dir, SKIP);
  // Written aside and renamed, so a build reading the entry meanwhile sees the old or the new one.
  const temp = join(dir, `${ENTRY_FILE}.${process.pid}.tmp`);
  await writeFile(temp, JSON.stringify({ ...stored, files }));
  await rename(temp, join(dir, ENTRY_FILE));
}
