import { existsSync, readFileSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** `<out>/current.json`: the only thing the kiosk reads to find the collection to serve. */
export interface BuildPointer {
  /** Folder of the live build, relative to `<out>` (`builds/<version>-<time>`). */
  build: string;
  version: string;
  switchedAt: string;
  /** The build that was live before: kept on disk as the last good one. */
  previous: string | null;
}

const POINTER = 'current.json';
export const BUILDS_DIR = 'builds';
const PARTIAL_PREFIX = '.partial-';

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
      previous: p.previous ?? null,
    };
  } catch {
    return null;
  }
}

export async function readPointer(out: string): Promise<BuildPointer | null> {
  return parsePointer(await readFile(path.join(out, POINTER), 'utf8').catch(() => ''));
}

/**
 * The folder the kiosk should serve (absolute), or null when no complete build exists yet. This
 * is what the web host and the Electron main process call; it never throws.
 */
export function currentBuild(out: string): string | null {
  let text: string;
  try {
    text = readFileSync(path.join(out, POINTER), 'utf8');
  } catch {
    return null;
  }
  const pointer = parsePointer(text);
  if (!pointer) return null;
  const dir = path.resolve(out, pointer.build);
  return existsSync(path.join(dir, 'manifest.json')) ? dir : null;
}

/** A fresh folder for a build in progress; nothing reads it until {@link switchTo}. */
export async function makePartialFolder(out: string): Promise<string> {
  const builds = path.join(out, BUILDS_DIR);
  await mkdir(builds, { recursive: true });
  const dir = path.join(builds, `${PARTIAL_PREFIX}${Date.now()}-${process.pid}`);
  await mkdir(dir);
  return dir;
}

/**
 * Moves a finished build to its final name, then swaps the pointer with write-temp-then-rename, a
 * single atomic step: readers see the old build or the new one, never a mix. Returns the folder.
 */
export async function switchTo(out: string, partial: string, version: string, now: Date): Promise<string> {
  const name = `${version}-${now.getTime()}`;
  const finalDir = path.join(out, BUILDS_DIR, name);
  await rename(partial, finalDir);
  const previous = await readPointer(out);
  const pointer: BuildPointer = {
    build: `${BUILDS_DIR}/${name}`,
    version,
    switchedAt: now.toISOString(),
    previous: previous?.build ?? null,
  };
  const temp = path.join(out, `${POINTER}.${process.pid}.tmp`);
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(`${JSON.stringify(pointer, null, 2)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, path.join(out, POINTER));
  return finalDir;
}

/** Deletes every build except the live one and the last good one, and leftovers of interrupted builds. */
export async function pruneBuilds(out: string): Promise<void> {
  const pointer = await readPointer(out);
  const keep = new Set([pointer?.build, pointer?.previous].filter(Boolean).map((b) => path.basename(b!)));
  const entries = await readdir(path.join(out, BUILDS_DIR)).catch(() => [] as string[]);
  await Promise.all(
    entries
      .filter((e) => !keep.has(e))
      .map((e) => rm(path.join(out, BUILDS_DIR, e), { recursive: true, force: true })),
  );
}

/** Locks this process holds, by absolute path: the pid in the file cannot tell two of ours apart. */
const locksHeld = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes `<out>/build.lock` so two builds (say the CLI and a watching web host) never prune each
 * other's folders. A lock left by a process that died is taken over. Returns a release function,
 * or null when another live build holds the lock.
 */
export async function lockBuilds(out: string): Promise<(() => Promise<void>) | null> {
  const lock = path.resolve(out, 'build.lock');
  // Claimed before the first await, so two builds in this process cannot both pass this check.
  if (locksHeld.has(lock)) return null;
  locksHeld.add(lock);
  const release = async (): Promise<void> => {
    locksHeld.delete(lock);
    await rm(lock, { force: true });
  };
  try {
    await mkdir(out, { recursive: true });
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await writeFile(lock, String(process.pid), { flag: 'wx' });
        return release;
      } catch {
        const holder = Number(await readFile(lock, 'utf8').catch(() => 'NaN'));
        // Our own pid with no lock held here means a crashed earlier run that reused the pid.
        if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) break;
        await rm(lock, { force: true });
      }
    }
  } catch {
    // Could not even create the output folder: treated like a lock we cannot take.
  }
  locksHeld.delete(lock);
  return null;
}
