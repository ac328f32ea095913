import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { uptime } from 'node:os';
import path from 'node:path';

/**
 * `<out>/build.lock`: one writer at a time per output folder (a build, or the repair of a damaged
 * pointer), so two builds (say the CLI and a watching web host) never prune each other's folders.
 * The file holds the holder's pid and a token of this claim, so a release never removes a lock that
 * someone else took over meanwhile.
 */
const LOCK_FILE = 'build.lock';

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

const holderPid = (text: string): number => Number(text.trim().split(/\s+/)[0]);

/**
 * True when a lock can be taken over: its holder no longer runs, or it was written before the
 * machine last started (after a power cut the pid may now belong to some other program, which would
 * otherwise block every build for good), or, with `ownPid`, it is our own pid while we hold no lock
 * here (a crashed earlier run that reused the pid, or a build worker that was stopped). A build
 * worker is a thread of this process with its own copy of `locksHeld`, so only the build path, which
 * runs one build per process at a time, may take over our own pid.
 */
function isStale(holderText: string, writtenAtMs: number, ownPid: boolean): boolean {
  const holder = holderPid(holderText);
  if (!Number.isInteger(holder) || holder <= 0) return true;
  if (holder === process.pid) return ownPid;
  if (!isAlive(holder)) return true;
  const bootedAtMs = Date.now() - uptime() * 1000;
  // Two seconds of slack for the clock reads; a lock that old before boot is from an earlier run.
  return writtenAtMs < bootedAtMs - 2_000;
}

function claimText(): string {
  return `${process.pid} ${randomUUID()}`;
}

function releaser(lock: string, claim: string): () => Promise<void> {
  return async () => {
    locksHeld.delete(lock);
    if ((await readFile(lock, 'utf8').catch(() => '')) === claim) await rm(lock, { force: true });
  };
}

/**
 * Takes `<out>/build.lock`; a stale lock (see above) is taken over. Returns a release function, or
 * null when another live build holds the lock.
 */
export async function lockBuilds(out: string): Promise<(() => Promise<void>) | null> {
  const lock = path.resolve(out, LOCK_FILE);
  // Claimed before the first await, so two builds in this process cannot both pass this check.
  if (locksHeld.has(lock)) return null;
  locksHeld.add(lock);
  try {
    await mkdir(out, { recursive: true });
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const claim = claimText();
        await writeFile(lock, claim, { flag: 'wx' });
        return releaser(lock, claim);
      } catch {
        const text = await readFile(lock, 'utf8').catch(() => 'NaN');
        const writtenAt = (await stat(lock).catch(() => null))?.mtimeMs ?? 0;
        if (!isStale(text, writtenAt, true)) break;
        await rm(lock, { force: true });
      }
    }
  } catch {
    // Could not even create the output folder: treated like a lock we cannot take.
  }
  locksHeld.delete(lock);
  return null;
}

/**
 * {@link lockBuilds} for the synchronous lookup of the live build (which may run on the main thread
 * while a build worker of this process holds the lock); the release is synchronous too.
 */
export function lockBuildsSync(out: string): (() => void) | null {
  const lock = path.resolve(out, LOCK_FILE);
  if (locksHeld.has(lock)) return null;
  locksHeld.add(lock);
  try {
    mkdirSync(out, { recursive: true });
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const claim = claimText();
        writeFileSync(lock, claim, { flag: 'wx' });
        return () => {
          locksHeld.delete(lock);
          let text = '';
          try {
            text = readFileSync(lock, 'utf8');
          } catch {
            // Already gone.
          }
          if (text === claim) rmSync(lock, { force: true });
        };
      } catch {
        let text = 'NaN';
        let writtenAt = 0;
        try {
          text = readFileSync(lock, 'utf8');
          writtenAt = statSync(lock).mtimeMs;
        } catch {
          // Gone meanwhile: the next attempt creates it.
        }
        if (!isStale(text, writtenAt, false)) break;
        rmSync(lock, { force: true });
      }
    }
  } catch {
    // As in lockBuilds.
  }
  locksHeld.delete(lock);
  return null;
}

/**
 * Removes `<out>/build.lock` when it names this process but nothing here holds it: what a build
 * worker this process stopped (see `buildInWorker`'s watchdog) leaves behind.
 */
export async function releaseAbandonedLock(out: string): Promise<void> {
  const lock = path.resolve(out, LOCK_FILE);
  if (locksHeld.has(lock)) return;
  if (holderPid(await readFile(lock, 'utf8').catch(() => '')) === process.pid)
    await rm(lock, { force: true });
}
