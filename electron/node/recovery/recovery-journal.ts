import { z } from 'zod';
import type { KioskLogger } from '../storage/rotating-log';
import { readStateFile, writeStateFile } from '../storage/state-file';

/**
 * The last few recoveries (reloads, relaunches, watchdog trips, an out-of-order start) for the
 * admin status page. Kept in `recovery-journal.json` in the user-data folder when given a file, so
 * that after a relaunch - and on the out-of-order page above all - the technician sees what the
 * earlier runs went through. The full history is in the log file; this is the at-a-glance view.
 */

/** One recovery event. */
export interface RecoveryEvent {
  /** ISO time. */
  at: string;
  kind: string;
  detail: string;
}

/** File name of the journal in the user-data folder. */
export const RECOVERY_JOURNAL_FILE_NAME = 'recovery-journal.json';

const eventsSchema = z.array(
  z.strictObject({ at: z.string().max(40), kind: z.string().max(60), detail: z.string().max(2_000) }),
);

/** A fixed-size ring of recovery events, newest first when read. */
export class RecoveryJournal {
  private events: RecoveryEvent[] = [];

  /**
   * @param file - where the ring is kept between runs; null keeps it in memory only. A missing or
   *   damaged file starts an empty ring (it is a report, nothing depends on it).
   */
  constructor(
    private readonly capacity = 20,
    private readonly file: string | null = null,
    private readonly log?: KioskLogger,
  ) {
    if (!file) return;
    const read = readStateFile(file, (raw) => {
      const parsed = eventsSchema.safeParse(raw);
      return parsed.success ? parsed.data : null;
    });
    if (read.kind === 'ok') this.events = read.value.slice(0, capacity);
    else if (read.kind === 'damaged') log?.warn(`recovery journal ${read.reason}; starting a new one`, file);
  }

  add(kind: string, detail: string, at: Date = new Date()): RecoveryEvent {
    const event = { at: at.toISOString(), kind, detail: detail.slice(0, 2_000) };
    this.events = [event, ...this.events].slice(0, this.capacity);
    if (this.file) {
      try {
        writeStateFile(this.file, this.events);
      } catch (error) {
        this.log?.warn('cannot write the recovery journal', { file: this.file, error });
      }
    }
    return event;
  }

  list(): RecoveryEvent[] {
    return [...this.events];
  }
}
