import { z } from 'zod';

/**
 * A kiosk's visitor insights in brief, one entry per day: what the page hands its host so the host
 * can send it with its fleet heartbeat, and what the fleet page sums across kiosks. Counts only.
 * Fields it does not know are dropped, not refused, so a newer kiosk can report to an older receiver.
 */
const DailySummarySchema = z.object({
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  sessions: z.number().int().min(0).max(1_000_000),
  glances: z.number().int().min(0).max(1_000_000),
  totalMs: z.number().min(0).max(1e12),
  searches: z.number().int().min(0).max(10_000_000),
  zeroResultSearches: z.number().int().min(0).max(10_000_000),
});

export type DailySummary = z.infer<typeof DailySummarySchema>;

/** The last days a page reports (at most this many entries, newest last). */
export const SUMMARY_DAYS = 14;

export const DailySummaryListSchema = z.array(DailySummarySchema).max(SUMMARY_DAYS);

/** Files the Insights screen exports: names are plain (`sessions.csv`...), contents are bytes. */
export interface InsightsExportFile {
  name: string;
  bytes: Uint8Array;
}

/** Where an export went, or why it did not. */
export type InsightsSaveResult =
  { ok: true; where: string } | { ok: false; reason: 'cancelled' | 'locked' | 'failed'; detail?: string };
