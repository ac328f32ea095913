import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';

/**
 * Small JSON state files the kiosk keeps between runs (the PIN lockout, the start history, the
 * recovery journal). A power cut can strike at any moment, so a file is either the old version or
 * the new one, never half of each: it is written to a temporary file, flushed to disk and renamed
 * over the old one. Reading tells a missing file apart from a damaged one, because callers treat
 * them differently.
 */

/** What reading a state file found. */
export type StateRead<T> =
  { kind: 'ok'; value: T } | { kind: 'missing' } | { kind: 'damaged'; reason: string };

/**
 * Reads and checks a state file. `parse` returns null for content of the wrong shape; the file is
 * then reported as damaged, like a file that is not JSON at all.
 */
export function readStateFile<T>(file: string, parse: (raw: unknown) => T | null): StateRead<T> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return {
      kind: 'damaged',
      reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { kind: 'damaged', reason: 'is not JSON' };
  }
  const value = parse(raw);
  return value === null ? { kind: 'damaged', reason: 'has an unexpected shape' } : { kind: 'ok', value };
}

/** Writes `value` as JSON, atomically and durably. Throws when the folder is not writable. */
export function writeStateFile(file: string, value: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const fd = openSync(temporary, 'w', 0o600);
    try {
      writeSync(fd, `${JSON.stringify(value)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  syncFolder(path.dirname(file));
}

/** Makes the rename itself durable on POSIX systems; Windows cannot open a folder, and needs not. */
function syncFolder(dir: string): void {
  if (process.platform === 'win32') return;
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some file systems refuse fsync on a folder; the file itself is already on disk.
  }
}
