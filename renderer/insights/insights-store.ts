import {
  SUMMARY_DAYS,
  type DailySummary,
  type InsightsExportFile,
} from '../../electron/shared/insights-summary';
import { addSessions, emptyRollup, zeroResultCount } from './daily-rollup';
import { addDays, localDay } from './days';
import type { DailyRollup, InsightRange, SessionRecord } from './insight-types';
import type { InsightsDb } from './insights-db';
import { buildExportFiles } from './insights-export';
import { buildView, rangeStart, type InsightsView } from './insights-view';

/**
 * The one writer and the readers of the insights database. Raw sessions are kept `keepRawDays`
 * (for the export and for questions nobody has asked yet), daily rollups `KEEP_DAYS`; the screen
 * reads only the rollups.
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

/** The range's first and last day and its stored rollups ('all': every day stored, up to today). */
async function rangeRows(db: InsightsDb, range: InsightRange, now: number) {
  const today = localDay(now);
  if (range === 'all') {
    const rows = await db.daily.toArray(); // ordered by day, the primary key
    const last = rows.at(-1)?.day ?? today;
    return { from: rows[0]?.day ?? today, to: last > today ? last : today, rows };
  }
  const from = rangeStart(range, today);
  return { from, to: today, rows: await db.daily.where('day').between(from, today, true, true).toArray() };
}

export async function readInsights(
  db: InsightsDb,
  range: InsightRange,
  now: number = Date.now(),
): Promise<InsightsView> {
  const { from, to, rows } = await rangeRows(db, range, now);
  return buildView(range, from, to, rows);
}

/** Forgets everything recorded (the admin's "reset insights"). */
export async function resetInsights(db: InsightsDb): Promise<void> {
  await db.transaction('rw', db.sessions, db.daily, db.meta, async () => {
    await Promise.all([db.sessions.clear(), db.daily.clear(), db.meta.clear()]);
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

/** sessions.csv, daily.csv, searches.csv and insights.json for a range (see insights-export.ts). */
export async function exportFiles(
  db: InsightsDb,
  range: InsightRange,
  now: number = Date.now(),
): Promise<InsightsExportFile[]> {
  const { from, to, rows } = await rangeRows(db, range, now);
  const sessions = await db.sessions.where('day').between(from, to, true, true).toArray();
  return buildExportFiles(buildView(range, from, to, rows), rows, sessions, now);
}
