import { SUMMARY_DAYS, type DailySummary } from '../../electron/shared/insights-summary';
import { addSessions, emptyRollup, zeroResultCount } from './daily-rollup';
import { addDays, localDay } from './days';
import type { DailyRollup, SessionRecord } from './insight-types';
import type { InsightsDb } from './insights-db';

/**
 * The one writer of the insights database, and the brief the heartbeat carries: what the page
 * needs from its first chunk on. Raw sessions are kept `keepRawDays` (for the export and for
 * questions nobody has asked yet), daily rollups `KEEP_DAYS`. What only the admin's Insights
 * screen reads (the view, the export, the reset) is in insights-read.ts, loaded with that screen.
 */

/** Raw sessions kept by default: a month answers "what happened last week" without keeping a year. */
export const DEFAULT_KEEP_RAW_DAYS = 30;
/** Daily rollups are kept three years (with a leap day), then pruned like the raw sessions. */
export const KEEP_DAYS = 3 * 365 + 1;

const LAST_PRUNE = 'lastPrune';

export interface WriteOptions {
  /** Days of raw sessions kept, today included; clamped to 1..KEEP_DAYS. */
  keepRawDays?: number;
  now?: number;
}

/**
 * Adds finished sessions and folds each into its day's rollup, in one transaction so a rollup can
 * never count a session that is not stored or the other way round. A session already stored (a
 * batch retried after a write whose success was never heard of) is skipped, not counted twice.
 * Then, at most once per local day, prunes what is past keeping.
 */
export async function writeSessions(
  db: InsightsDb,
  sessions: readonly SessionRecord[],
  { keepRawDays = DEFAULT_KEEP_RAW_DAYS, now = Date.now() }: WriteOptions = {},
): Promise<void> {
  const today = localDay(now);
  const keepRaw = Math.min(KEEP_DAYS, Math.max(1, Math.floor(keepRawDays) || 1));
  await db.transaction('rw', db.sessions, db.daily, db.meta, async () => {
    const stored = sessions.length ? await db.sessions.bulkGet(sessions.map((s) => s.id)) : [];
    const fresh = new Map<string, SessionRecord>();
    const byDay = new Map<string, SessionRecord[]>();
    sessions.forEach((s, i) => {
      if (stored[i] !== undefined || fresh.has(s.id)) return;
      fresh.set(s.id, s);
      const list = byDay.get(s.day);
      if (list) list.push(s);
      else byDay.set(s.day, [s]);
    });
    if (fresh.size > 0) {
      await db.sessions.bulkAdd([...fresh.values()]);
      const days = [...byDay.keys()];
      const rows = await db.daily.bulkGet(days);
      await db.daily.bulkPut(days.map((day, i) => addSessions(rows[i] ?? emptyRollup(day), byDay.get(day)!)));
    }
    if ((await db.meta.get(LAST_PRUNE))?.value === today) return;
    await db.sessions
      .where('day')
      .below(addDays(today, -(keepRaw - 1)))
      .delete();
    await db.daily
      .where('day')
      .below(addDays(today, -(KEEP_DAYS - 1)))
      .delete();
    await db.meta.put({ key: LAST_PRUNE, value: today });
  });
}

/** The last `days` days (at most SUMMARY_DAYS) that have a rollup, newest last: the heartbeat's brief. */
export async function dailySummaries(
  db: InsightsDb,
  now: number = Date.now(),
  days: number = SUMMARY_DAYS,
): Promise<DailySummary[]> {
  const span = Math.min(SUMMARY_DAYS, Math.max(0, Math.floor(days)));
  if (span === 0) return [];
  const today = localDay(now);
  const rows = await db.daily
    .where('day')
    .between(addDays(today, -(span - 1)), today, true, true)
    .toArray();
  return rows.map((r: DailyRollup) => ({
    day: r.day,
    sessions: r.sessions,
    glances: r.glances,
    totalMs: r.totalMs,
    searches: r.searches,
    zeroResultSearches: zeroResultCount(r),
  }));
}
