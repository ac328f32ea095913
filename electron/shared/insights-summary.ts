/**
 * A kiosk's visitor insights in brief, one entry per day: what the page hands its host so the host
 * can send it with its fleet heartbeat, and what the fleet page sums across kiosks. Counts only.
 * The hosts check it with insights-summary-schema.ts; this file has no runtime dependency, so the
 * page can import it without taking zod into its first chunk.
 */
export interface DailySummary {
  /** `YYYY-MM-DD`, the kiosk's local day. */
  day: string;
  sessions: number;
  glances: number;
  totalMs: number;
  searches: number;
  zeroResultSearches: number;
}

/** The last days a page reports (at most this many entries, newest last). */
export const SUMMARY_DAYS = 14;

/** Files the Insights screen exports: names are plain (`sessions.csv`...), contents are bytes. */
export interface InsightsExportFile {
  name: string;
  bytes: Uint8Array;
}

/** Where an export went, or why it did not. */
export type InsightsSaveResult =
  { ok: true; where: string } | { ok: false; reason: 'cancelled' | 'locked' | 'failed'; detail?: string };
