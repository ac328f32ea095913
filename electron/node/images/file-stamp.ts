import { stat } from 'node:fs/promises';

/**
 * A file as stat sees it. Writing into a file (through any of its hard links) moves its mtime, so
 * an unchanged stamp lets a build trust bytes it hashed before instead of reading them again.
 */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ino: number;
}

/**
 * A file changed less than this long before it was stamped may be changed again within the same
 * tick of the file system's clock without its mtime moving, so such a stamp is not kept (the
 * "racy" case git's index guards against the same way); the file is hashed again next time.
 */
const RACY_MS = 2_000;

/** The stamp of `file`, or null when it cannot be stat'ed. */
export async function stampOf(file: string): Promise<FileStamp | null> {
  const info = await stat(file).catch(() => null);
  return info ? { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino } : null;
}

/** True when both stamps describe the same file contents as far as stat can tell. */
export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;
}

/** True when a stamp taken at `takenAt` (ms since the epoch) may be trusted later (not racy). */
export function settledAt(stamp: FileStamp, takenAt: number): boolean {
  return stamp.mtimeMs < takenAt - RACY_MS;
}
