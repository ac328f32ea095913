import type { SessionEnd, SessionRecord } from './insight-types';
import type { InsightsDb } from './insights-db';
import { DEFAULT_KEEP_RAW_DAYS, writeSessions } from './insights-store';
import { createSessionMachine, type InsightEventInput, type Orientation } from './session-machine';

/**
 * The recorder itself: the session machine fed by the app, and its finished visits written to
 * IndexedDB in batches, later, when the page is idle. The page reaches it through the facade in
 * recorder.ts, which loads this module (and the store, the rollups) after the first screen. Recording is never worth a slow tap or an
 * error on screen: every input is a few array operations, every failure is a console warning,
 * and a database that keeps failing costs at most MAX_QUEUED_SESSIONS visits of memory.
 */

/** What the page's facade (recorder.ts) forwards to the recorder once it has loaded. */
export interface RecorderCore {
  /** A touch (pointer down) anywhere: opens a visit if none is open. */
  touch(): void;
  route(name: string, id?: string): void;
  record(event: InsightEventInput): void;
  language(code: string): void;
  a11yMode(mode: string): void;
  end(reason: SessionEnd): void;
  /** Writes what is queued now; never rejects. */
  flush(): Promise<void>;
  configure(settings: { keepRawDays?: number }): void;
}

export interface RecorderOptions {
  db: InsightsDb;
  now?: () => number;
  newId?: () => string;
  orientation?: () => Orientation;
  /** Runs `run` later, off the touch path (default: when the page is idle). */
  schedule?: (run: () => void) => void;
  warn?: (message: string, error?: unknown) => void;
}

/** Visits held while the database refuses them; beyond this the oldest are dropped. */
export const MAX_QUEUED_SESSIONS = 200;
/** requestIdleCallback's deadline: a kiosk in constant use is never idle, yet visits must land. */
const IDLE_TIMEOUT_MS = 5_000;
const FALLBACK_DELAY_MS = 1_000;

function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function')
    requestIdleCallback(() => run(), { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(run, FALLBACK_DELAY_MS);
}

function screenOrientation(): Orientation {
  return typeof window !== 'undefined' && window.innerHeight > window.innerWidth ? 'portrait' : 'landscape';
}

export function createRecorder(options: RecorderOptions): RecorderCore {
  const { db, now = Date.now, schedule = whenIdle } = options;
  const warn = options.warn ?? ((message, error) => console.warn(message, error));
  const machine = createSessionMachine({
    now,
    newId: options.newId,
    orientation: options.orientation ?? screenOrientation,
  });
  let keepRawDays = DEFAULT_KEEP_RAW_DAYS;
  let queue: SessionRecord[] = [];
  let scheduled = false;
  let writing = Promise.resolve();

  const quietly = (what: string, action: () => void) => {
    try {
      action();
    } catch (error) {
      try {
        warn(`insights: ${what} failed`, error);
      } catch {
        // Nothing left to tell: a visitor must never see insights fail.
      }
    }
  };

  const bound = () => {
    const over = queue.length - MAX_QUEUED_SESSIONS;
    if (over <= 0) return;
    queue = queue.slice(over);
    warn(`insights: ${over} unsaved visit(s) dropped`);
  };

  const write = async () => {
    if (queue.length === 0) return;
    const batch = queue;
    queue = [];
    try {
      await writeSessions(db, batch, { keepRawDays, now: now() });
    } catch (error) {
      // Kept for the next flush (the next visit's end), not retried in a loop against a broken db.
      queue = [...batch, ...queue];
      quietly('bounding the queue', bound);
      quietly('warning', () => warn('insights: visits not saved yet', error));
    }
  };

  const flush = () => {
    writing = writing.then(write);
    return writing;
  };

  const later = () => {
    if (scheduled) return;
    scheduled = true;
    try {
      schedule(() => {
        scheduled = false;
        void flush();
      });
    } catch (error) {
      scheduled = false;
      throw error;
    }
  };

  return {
    touch: () => quietly('touch', () => machine.touch()),
    route: (name, id) => quietly('route', () => machine.route(name, id)),
    record: (event) => quietly('record', () => machine.record(event)),
    language: (code) => quietly('language', () => machine.language(code)),
    a11yMode: (mode) => quietly('a11yMode', () => machine.a11yMode(mode)),
    end: (reason) =>
      quietly('end', () => {
        const session = machine.end(reason);
        if (!session) return;
        queue.push(session);
        bound();
        // A closing page has no idle time left: start the write now and hope it lands.
        if (reason === 'page-closed') void flush();
        else later();
      }),
    flush,
    configure: ({ keepRawDays: days }) => {
      if (days !== undefined && Number.isFinite(days) && days >= 1) keepRawDays = Math.floor(days);
    },
  };
}
