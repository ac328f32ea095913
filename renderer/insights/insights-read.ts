import type { InsightsExportFile } from '../../electron/shared/insights-summary';
import { localDay } from './days';
import type { InsightRange } from './insight-types';
import type { InsightsDb } from './insights-db';
import { buildExportFiles } from './insights-export';
import { buildView, rangeStart, type InsightsView } from './insights-view';

/**
 * What the admin's Insights screen reads: the view of a range (from the daily rollups only), the
 * export files, and the reset. Apart from the writer (insights-store.ts) so that none of it, nor
 * the CSV writing, is in the visitor's first chunk.
 */

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
