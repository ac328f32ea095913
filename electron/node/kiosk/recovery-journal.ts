/**
 * The last few recoveries (reloads, relaunches, watchdog trips) kept in memory for the admin status
 * page. The full history is in the log file; this is the at-a-glance view.
 */

/** One recovery event. */
export interface RecoveryEvent {
  /** ISO time. */
  at: string;
  kind: string;
  detail: string;
}

/** A fixed-size ring of recovery events, newest first when read. */
export class RecoveryJournal {
  private events: RecoveryEvent[] = [];

  constructor(private readonly capacity = 20) {}

  add(kind: string, detail: string, at: Date = new Date()): RecoveryEvent {
    const event = { at: at.toISOString(), kind, detail };
    this.events = [event, ...this.events].slice(0, this.capacity);
    return event;
  }

  list(): RecoveryEvent[] {
    return [...this.events];
  }
}
