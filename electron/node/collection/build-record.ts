import { lstatSync, type Stats } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { digestFile, digestTree, FILES_IN_FLIGHT, type FileDigest } from '../images/file-digest';
import { runPool } from '../images/job-pool';
import type { LinkPlan } from '../images/link-plan';

/**
 * `integrity.json` in every build folder: the size and SHA-256 of every file the build wrote
 * (manifest, chunks, every image and tile), made just before the folder is switched in. It is what
 * "intact" means for a build folder: see {@link verifyBuildFolder} for rebuilds and
 * `servable-build.ts` for the quicker check before serving.
 */
export const RECORD_FILE = 'integrity.json';

export interface BuildRecord {
  format: 1;
  /** Manifest version of the folder. */
  version: string;
  /** Every file but this record, by `/`-separated path relative to the folder. */
  files: Record<string, FileDigest>;
}

/**
 * Digests everything in a finished build folder and writes its record. `known` gives digests of
 * files the build linked from the derivative cache, which checked them in this build: those are
 * taken as they are instead of read again (at museum scale, gigabytes of tiles on every rebuild).
 */
export async function writeBuildRecord(
  dir: string,
  version: string,
  known: ReadonlyMap<string, FileDigest> = new Map(),
): Promise<void> {
  const files = await digestTree(dir, new Set([RECORD_FILE]), known);
  const record: BuildRecord = { format: 1, version, files };
  await writeFile(path.join(dir, RECORD_FILE), JSON.stringify(record));
}

/** The record's shape, or null when `value` is not one. */
export function asBuildRecord(value: unknown): BuildRecord | null {
  const record = value as Partial<BuildRecord> | null;
  if (record?.format !== 1 || typeof record.version !== 'string') return null;
  if (typeof record.files !== 'object' || record.files === null) return null;
  return record as BuildRecord;
}

async function readBuildRecord(dir: string): Promise<BuildRecord | null> {
  try {
    return asBuildRecord(JSON.parse(await readFile(path.join(dir, RECORD_FILE), 'utf8')));
  } catch {
    return null;
  }
}

/**
 * The full check of a build folder: every recorded file is there with its recorded size and bytes.
 * Returns the first problem found (a folder-relative file and what is wrong), or undefined.
 *
 * `sameContentAs` names a folder just written with the same content (a rebuild's fresh folder).
 * Its images are hard links to derivative-cache files the build has just verified by hash, so a live
 * file that is the very same file on disk (same device and inode) is known good without reading it;
 * only the rest (manifest, chunks, anything copied instead of linked) is read and hashed.
 */
export async function verifyBuildFolder(dir: string, options: SameContent = {}): Promise<string | undefined> {
  const record = await readBuildRecord(dir);
  if (!record) return `${RECORD_FILE} is missing or unreadable`;
  let problem: string | undefined;
  await runPool(Object.entries(record.files), FILES_IN_FLIGHT, async ([file, expected]) => {
    if (problem) return;
    const found = await fileProblem(dir, file, expected, options);
    problem ??= found;
  });
  return problem;
}

/** What a rebuild knows to be good: its fresh folder, and the cache files it plans to link there. */
interface SameContent {
  sameContentAs?: string;
  /** A live file that is the planned cache file itself (same inode) needs no reading either. */
  planned?: LinkPlan;
}

async function fileProblem(
  dir: string,
  file: string,
  expected: FileDigest,
  { sameContentAs, planned }: SameContent,
): Promise<string | undefined> {
  // Synchronous for the reason `stampOf` is: this runs once per file of the live folder.
  const live = lstatQuiet(path.join(dir, file));
  if (!live?.isFile()) return `${file} is missing`;
  if (live.size !== expected.size) return `${file} has ${live.size} bytes, the build wrote ${expected.size}`;
  if (planned && (await planned.isPlannedFile(file, live, expected))) return undefined;
  if (sameContentAs) {
    const fresh = lstatQuiet(path.join(sameContentAs, file));
    if (fresh && fresh.dev === live.dev && fresh.ino === live.ino) return undefined;
  }
  const actual = await digestFile(path.join(dir, file)).catch(() => null);
  return actual?.sha256 === expected.sha256 ? undefined : `${file} differs from what the build wrote`;
}

function lstatQuiet(file: string): Stats | null {
  try {
    return lstatSync(file, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}
