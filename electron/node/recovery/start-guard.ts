import { z } from 'zod';
import type { KioskLogger } from '../storage/rotating-log';
import { readStateFile, writeStateFile } from '../storage/state-file';

/**
 * The relaunch-loop guard. Every start of the app is written to `start-history.json` in the
 * user-data folder: a relaunch the app asked for itself (crash loop, memory, nightly), a restart by
 * systemd or Shell Launcher under `KIOSK_SUPERVISED=1` (where a crash of main is restarted from
 * outside and the app never sees a "relaunch"), a power cycle. When this start is the
 * {@link StartGuardOptions.maxStarts}th within {@link StartGuardOptions.windowMs}, something keeps
 * the kiosk from running: it stops relaunching and shows the out-of-order page instead of
 * starting the app again. An admin "restart now" clears the history.
 *
 * Unlike the PIN lockout, a missing or damaged history reads as empty: out of order is the state
 * that shuts visitors out, so only a history that proves a loop may cause it.
 */

/** Tuning for {@link StartGuard}. */
export interface StartGuardOptions {
  /** Starts within the window that mean a loop, this one included. */
  maxStarts: number;
  windowMs: number;
}

export const DEFAULT_START_GUARD: StartGuardOptions = { maxStarts: 5, windowMs: 15 * 60_000 };

/** File name of the start history in the user-data folder. */
export const START_HISTORY_FILE_NAME = 'start-history.json';

/** Starts kept on disk; more than the guard needs, for the log and the status page. */
const KEPT = 20;

const historySchema = z.strictObject({
  starts: z.array(z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)).max(1_000),
});

/** What the guard decided at a start. */
export interface StartVerdict {
  outOfOrder: boolean;
  /** Starts inside the window, this one included. */
  recentStarts: number;
}

export class StartGuard {
  private readonly options: StartGuardOptions;

  constructor(
    private readonly file: string,
    options: Partial<StartGuardOptions> = {},
    private readonly log?: KioskLogger,
  ) {
    this.options = { ...DEFAULT_START_GUARD, ...options };
  }

  /** Records a start at `now` and says whether the kiosk is caught in a relaunch loop. */
  recordStart(now: number): StartVerdict {
    const { maxStarts, windowMs } = this.options;
    // Starts "in the future" mean the clock went back; they prove nothing about a loop now.
    const earlier = this.read().filter((at) => at <= now);
    const starts = [...earlier, now].slice(-KEPT);
    this.write(starts);
    const recentStarts = starts.filter((at) => now - at < windowMs).length;
    return { outOfOrder: recentStarts >= maxStarts, recentStarts };
  }

  /** Forgets every start: the technician's "restart now" gives the kiosk a fresh count. */
  clear(): void {
    this.write([]);
  }

  private read(): number[] {
    const read = readStateFile(this.file, (raw) => {
      const parsed = historySchema.safeParse(raw);
      return parsed.success ? parsed.data.starts : null;
    });
    if (read.kind === 'damaged')
      this.log?.warn(`start history ${read.reason}; counting from this start`, this.file);
    return read.kind === 'ok' ? read.value : [];
  }

  private write(starts: number[]): void {
    try {
      writeStateFile(this.file, { starts });
    } catch (error) {
      this.log?.warn('cannot write the start history; the relaunch-loop guard cannot count starts', {
        file: this.file,
        error,
      });
    }
  }
}
