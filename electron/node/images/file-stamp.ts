import { statSync } from 'node:fs';

/**
 * A file as stat sees it. Writing into a file (through any of its hard links) moves its mtime, so
 * an unchanged stamp lets a build trust bytes it hashed before instead of reading them again.
 */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ino: number;
  /** The file system (not compared by `sameStamp`: older stamps were kept without it). */
  dev?: number;
}

/**
 * How long after a write another write may still leave the same mtime. A whole-second mtime says
 * the file system keeps only seconds (FAT keeps two), so two seconds. A finer one says it keeps at
 * least milliseconds; the kernel then sets mtimes from a clock that ticks every 4-16 ms (Linux,
 * Windows), so 50 ms is a safe margin. This is the "racy" case git's index guards against the
 * same way.
 */
const COARSE_RACY_MS = 2_000;
const FINE_RACY_MS = 50;

/**
 * The stamp of `file`, or null when it cannot be stat'ed. Synchronous on purpose: a rebuild stamps
 * every file of the derivative cache (about 68,000 at 1,300 pieces), and each promise-based `stat`
 * cost about 30 microseconds of the main thread besides the call itself (2.2 s of such a rebuild,
 * in a CPU profile on 2026-12-05) where `statSync` of a cached inode takes a few.
 */
export function stampOf(file: string): FileStamp | null {
  try {
    const info = statSync(file, { throwIfNoEntry: false });
    return info ? { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino, dev: info.dev } : null;
  } catch {
    return null;
  }
}

/** True when both stamps describe the same file contents as far as stat can tell. */
export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;
}

/**
 * True when a stamp taken after the file's bytes were read (from `readFrom`, ms since the epoch) may
 * be trusted later: the file was last written early enough before that read that any later write
 * moves its mtime. A stamp of a file written within the racy window is not kept; the file is hashed
 * again next time.
 */
export function settledAt(stamp: FileStamp, readFrom: number): boolean {
  const window = stamp.mtimeMs % 1000 === 0 ? COARSE_RACY_MS : FINE_RACY_MS;
  return stamp.mtimeMs + window <= readFrom;
}
