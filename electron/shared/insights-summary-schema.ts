import { z } from 'zod';
import { SUMMARY_DAYS, type DailySummary } from './insights-summary';

/**
 * How the hosts (Electron main, the web host) and the fleet receiver check a page's daily brief.
 * Fields it does not know are dropped, not refused, so a newer kiosk can report to an older
 * receiver; `satisfies` keeps the schema and the DailySummary type from drifting apart.
 */
const DailySummarySchema = z.object({
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  sessions: z.number().int().min(0).max(1_000_000),
  glances: z.number().int().min(0).max(1_000_000),
  totalMs: z.number().min(0).max(1e12),
  searches: z.number().int().min(0).max(10_000_000),
  zeroResultSearches: z.number().int().min(0).max(10_000_000),
}) satisfies z.ZodType<DailySummary>;

export const DailySummaryListSchema = z.array(DailySummarySchema).max(SUMMARY_DAYS);
