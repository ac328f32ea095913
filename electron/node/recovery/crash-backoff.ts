/**
 * What to do after the renderer dies. A single crash reloads quickly; a crash loop backs off
 * exponentially so a broken page doesn't spin the CPU, and too many crashes in a window relaunch the
 * whole app (a fresh GPU and network process often cures what a reload can't).
 */

/** Tuning for {@link CrashBackoff}. */
export interface CrashBackoffOptions {
  /** First reload delay. */
  baseDelayMs: number;
  /** Longest reload delay. */
  maxDelayMs: number;
  /** A crash this long after the previous one starts the delay sequence over. */
  stableMs: number;
  /** Crashes counted for the relaunch rule... */
  windowMs: number;
  /** ...and how many in that window trigger a relaunch. */
  relaunchAfter: number;
}

/** The recovery step for one crash. */
export type CrashAction = { action: 'reload'; delayMs: number } | { action: 'relaunch' };

export const DEFAULT_CRASH_BACKOFF: CrashBackoffOptions = {
  baseDelayMs: 1_000,
  maxDelayMs: 60_000,
  stableMs: 5 * 60_000,
  windowMs: 10 * 60_000,
  relaunchAfter: 6,
};

/** Stateful crash counter; the caller supplies the clock so tests need no timers. */
export class CrashBackoff {
  private readonly options: CrashBackoffOptions;
  private consecutive = 0;
  private lastCrashAt = Number.NEGATIVE_INFINITY;
  private readonly recent: EventWindow;

  constructor(options: Partial<CrashBackoffOptions> = {}) {
    this.options = { ...DEFAULT_CRASH_BACKOFF, ...options };
    this.recent = new EventWindow(this.options.windowMs);
  }

  /** Records a crash at `now` (ms) and says what to do. */
  onCrash(now: number): CrashAction {
    const { baseDelayMs, maxDelayMs, stableMs, relaunchAfter } = this.options;
    if (now - this.lastCrashAt >= stableMs) this.consecutive = 0;
    this.lastCrashAt = now;
    if (this.recent.record(now) >= relaunchAfter) {
      this.recent.clear();
      this.consecutive = 0;
      return { action: 'relaunch' };
    }
    const delayMs = Math.min(maxDelayMs, baseDelayMs * 2 ** this.consecutive);
    this.consecutive += 1;
    return { action: 'reload', delayMs };
  }
}

/** Counts events inside a sliding time window. */
export class EventWindow {
  private times: number[] = [];

  constructor(private readonly windowMs: number) {}

  /** Adds an event at `now` and returns how many fall inside the window, this one included. */
  record(now: number): number {
    this.times = this.times.filter((t) => now - t < this.windowMs);
    this.times.push(now);
    return this.times.length;
  }

  clear(): void {
    this.times = [];
  }
}

/** Exit reasons of a child process that are not failures. */
const BENIGN_CHILD_EXITS = new Set(['clean-exit']);

/**
 * Decides on `child-process-gone` (GPU, utility, network service...). Chromium restarts a lost GPU
 * process by itself, so one loss is tolerated; repeated losses mean the machine is in a bad state
 * and only a relaunch helps.
 */
export class ChildProcessWatch {
  private readonly recent: EventWindow;

  constructor(
    private readonly relaunchAfter = 3,
    windowMs = 5 * 60_000,
  ) {
    this.recent = new EventWindow(windowMs);
  }

  /** Records a loss; true means relaunch now. */
  onGone(reason: string, now: number): boolean {
    if (BENIGN_CHILD_EXITS.has(reason)) return false;
    if (this.recent.record(now) < this.relaunchAfter) return false;
    this.recent.clear();
    return true;
  }
}
