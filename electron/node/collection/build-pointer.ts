import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { open, readFile, rename } from 'node:fs/promises';
import path from 'node:path';

/** `<out>/current.json`: the first thing the kiosk reads to find the collection to serve. */
export interface BuildPointer {
  /** Folder of the live build, relative to `<out>` (`builds/<version>-<time>`). */
  build: string;
  version: string;
  switchedAt: string;
  /** The build that was live before: kept on disk as the last good one. */
  previous: string | null;
}

export const POINTER = 'current.json';
export const BUILDS_DIR = 'builds';
/** Temp file a pointer is written to before the rename; the pid keeps two writers apart. */
export const POINTER_TEMP = /^current\.json\.(\d+)\.tmp$/;

/** The pointer in `text`, or null when it is unparsable or names anything but a folder in builds/. */
function parsePointer(text: string): BuildPointer | null {
  try {
    const p = JSON.parse(text) as Partial<BuildPointer>;
    if (typeof p.build !== 'string' || typeof p.version !== 'string') return null;
    // The pointer must name a folder under builds/, never anywhere else on disk.
    if (!/^builds\/[A-Za-z0-9-]+$/.test(p.build)) return null;
    return {
      build: p.build,
      version: p.version,
      switchedAt: String(p.switchedAt ?? ''),
      previous: typeof p.previous === 'string' ? p.previous : null,
    };
  } catch {
    return null;
  }
}

export async function readPointer(out: string): Promise<BuildPointer | null> {
  return parsePointer(await readFile(path.join(out, POINTER), 'utf8').catch(() => ''));
}

export function readPointerSync(out: string): BuildPointer | null {
  try {
    return parsePointer(readFileSync(path.join(out, POINTER), 'utf8'));
  } catch {
    return null;
  }
}

const pointerText = (pointer: BuildPointer): string => `${JSON.stringify(pointer, null, 2)}\n`;
const tempFor = (out: string): string => path.join(out, `${POINTER}.${process.pid}.tmp`);

/**
 * Swaps the pointer with write-temp-then-rename, a single atomic step: readers see the old build or
 * the new one, never a mix. Only a holder of the build lock may call this.
 */
export async function writePointer(out: string, pointer: BuildPointer): Promise<void> {
  const temp = tempFor(out);
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(pointerText(pointer));
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, path.join(out, POINTER));
}

/** {@link writePointer} for callers that cannot wait (the per-request lookup of the live build). */
export function writePointerSync(out: string, pointer: BuildPointer): void {
  const temp = tempFor(out);
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, pointerText(pointer));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path.join(out, POINTER));
}
