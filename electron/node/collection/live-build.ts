import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { lockBuildsSync } from './build-lock';
import { BUILDS_DIR, POINTER, readPointerSync, writePointerSync } from './build-pointer';
import { servableVersion, servedFiles } from './servable-build';

/** The build folder to serve and its manifest version. */
export interface LiveBuild {
  dir: string;
  version: string;
}

/** A finished build folder's name: `<version>-<switch time in ms>`; `.partial-*` never matches. */
const BUILD_NAME = /^([0-9a-f]+)-(\d+)$/;

/** Finished build folders under `<out>/builds`, newest first. */
function buildFolders(out: string): string[] {
  let names: string[];
  try {
    names = readdirSync(path.join(out, BUILDS_DIR));
  } catch {
    return [];
  }
  return names
    .map((name) => ({ name, at: Number(BUILD_NAME.exec(name)?.[2] ?? NaN) }))
    .filter((entry) => Number.isFinite(entry.at))
    .sort((a, b) => b.at - a.at)
    .map((entry) => entry.name);
}

/**
 * Repairs `current.json` so it names `live`: taken under the build lock (or by a build that holds
 * it), and skipped when someone else holds it; the next lookup or build tries again.
 */
function repairPointer(out: string, live: LiveBuild, lockHeld: boolean): void {
  const release = lockHeld ? () => undefined : lockBuildsSync(out);
  if (!release) return;
  try {
    const name = path.basename(live.dir);
    const now = readPointerSync(out);
    if (now?.build === `${BUILDS_DIR}/${name}`) return;
    writePointerSync(out, {
      build: `${BUILDS_DIR}/${name}`,
      version: live.version,
      switchedAt: new Date().toISOString(),
      previous: null,
    });
  } catch {
    // A read-only or full disk: serving the fallback matters more than recording it.
  } finally {
    release();
  }
}

/**
 * The build the pointer names when it passes the serving check (`servableVersion`); else the
 * newest intact finished folder under builds/, with the pointer repaired to name it. Null when no
 * intact build exists.
 */
function resolveLiveBuild(out: string, lockHeld: boolean): LiveBuild | null {
  const pointer = readPointerSync(out);
  if (pointer) {
    const dir = path.resolve(out, pointer.build);
    const version = servableVersion(dir);
    if (version) return { dir, version };
  }
  for (const name of buildFolders(out)) {
    const dir = path.resolve(out, BUILDS_DIR, name);
    if (pointer && path.resolve(out, pointer.build) === dir) continue;
    const version = servableVersion(dir);
    if (!version) continue;
    const live = { dir, version };
    repairPointer(out, live, lockHeld);
    return live;
  }
  return null;
}

/** The files an answer for `out` depended on: the pointer, the list of builds, what the check read. */
function inputsOf(out: string, live: LiveBuild | null): string[] {
  return [path.join(out, POINTER), path.join(out, BUILDS_DIR), ...(live ? servedFiles(live.dir) : [])];
}

/** The stat of each file (device, inode, size, time): it changes when a file is replaced or written. */
function signature(files: readonly string[]): string {
  return files
    .map((file) => {
      try {
        const s = statSync(file);
        return `${s.dev}:${s.ino}:${s.size}:${s.mtimeMs}`;
      } catch {
        return '-';
      }
    })
    .join('|');
}

const answers = new Map<string, { inputs: string[]; signature: string; live: LiveBuild | null }>();

/**
 * The build to serve from `out` (see {@link resolveLiveBuild}). The Electron protocol handler asks
 * per request, so the answer is kept until the pointer, the list of builds, or a file the serving
 * check read changes on disk (a few `stat` calls per request); a damaged image or tile is found by
 * the next rebuild's full check instead. Never throws.
 * @param options.lockHeld - the caller (a build) holds the build lock, so a damaged pointer is
 *   repaired without taking it
 */
export function findLiveBuild(out: string, options: { lockHeld?: boolean } = {}): LiveBuild | null {
  const root = path.resolve(out);
  try {
    const known = answers.get(root);
    if (known && !options.lockHeld && known.signature === signature(known.inputs)) return known.live;
    const live = resolveLiveBuild(root, options.lockHeld === true);
    const inputs = inputsOf(root, live);
    answers.set(root, { inputs, signature: signature(inputs), live });
    return live;
  } catch {
    return null;
  }
}

/**
 * The folder the kiosk should serve (absolute), or null when no intact build exists. This is what
 * the web host and the Electron main process call; it never throws.
 */
export function currentBuild(out: string): string | null {
  const live = findLiveBuild(out);
  return live && existsSync(live.dir) ? live.dir : null;
}
