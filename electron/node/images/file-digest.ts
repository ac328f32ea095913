import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { runPool } from './job-pool';

/** Files read at once when digesting a tree: enough to keep the disk busy, few open files. */
export const FILES_IN_FLIGHT = 8;

/**
 * Size and SHA-256 of one file's bytes: what the derivative cache and a build folder's integrity
 * record keep, so damage to a file (truncated, overwritten, deleted) can be told from the file.
 */
export interface FileDigest {
  size: number;
  sha256: string;
}

/** SHA-256 (hex) of a byte buffer. */
export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The digest of one file; rejects when it cannot be read. */
export async function digestFile(file: string): Promise<FileDigest> {
  const bytes = await readFile(file);
  return { size: bytes.length, sha256: sha256(bytes) };
}

/** Every file below `dir`, as `/`-separated paths relative to it, sorted; `skip` names files to leave out. */
export async function listFiles(dir: string, skip: ReadonlySet<string> = new Set()): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((file) => !skip.has(file))
    .sort();
}

/**
 * Digests of every file below `dir` (see {@link listFiles}), keyed by relative path; a file in
 * `known` is taken with that digest, unread (the caller vouches for it).
 */
export async function digestTree(
  dir: string,
  skip: ReadonlySet<string> = new Set(),
  known: ReadonlyMap<string, FileDigest> = new Map(),
): Promise<Record<string, FileDigest>> {
  const files = await listFiles(dir, skip);
  const digests: Record<string, FileDigest> = {};
  await runPool(files, FILES_IN_FLIGHT, async (file) => {
    digests[file] = known.get(file) ?? (await digestFile(join(dir, file)));
  });
  // Insertion order follows completion; rebuild it sorted so the written JSON is stable.
  return Object.fromEntries(files.map((file) => [file, digests[file]!]));
}
