import type { IncomingMessage } from 'node:http';
import type { DailySummary } from '../../shared/insights-summary';
import { DailySummaryListSchema } from '../../shared/insights-summary-schema';
import { readCappedBody } from '../fleet/read-body';
import type { ApiAnswer } from './admin-endpoints';

/**
 * The web host's `POST /api/insights/summary` (issue 15): the page hands over its last days'
 * visitor counts, which the host keeps in memory, newest only, for its next fleet heartbeat. No
 * admin session: the page reports by itself. The body is checked like the Electron bridge's
 * payload (the same schema) and must be declared JSON, which a cross-site form cannot send.
 */

/** At most 14 days of a few numbers each: about 2 KB. */
const MAX_BODY_BYTES = 16 * 1024;

/** The page's last report, as the host keeps it. */
export interface InsightsSummaryHolder {
  /** The last accepted brief; null before the page's first report. */
  latest(): DailySummary[] | null;
  keep(days: DailySummary[]): void;
}

export function insightsSummaryHolder(): InsightsSummaryHolder {
  let latest: DailySummary[] | null = null;
  return {
    latest: () => latest,
    keep: (days) => {
      latest = days;
    },
  };
}

const SHAPE =
  'a JSON array of at most 14 daily summaries ({day, sessions, glances, totalMs, searches, zeroResultSearches})';

/** Reads, checks and keeps one report; the answer says what was wrong with a refused one. */
export async function insightsSummaryAnswer(
  req: IncomingMessage,
  holder: InsightsSummaryHolder,
): Promise<ApiAnswer> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') return { status: 400, body: { error: `expected ${SHAPE}` } };
  const body = await readCappedBody(req, MAX_BODY_BYTES);
  if (body.kind === 'too-large') {
    return { status: 413, body: { error: `the summary is at most ${MAX_BODY_BYTES} bytes` } };
  }
  if (body.kind === 'aborted') return { status: 400, body: { error: 'the request ended early' } };
  let raw: unknown;
  try {
    raw = JSON.parse(body.text);
  } catch {
    return { status: 400, body: { error: `not JSON: expected ${SHAPE}` } };
  }
  const parsed = DailySummaryListSchema.safeParse(raw);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const at = issue.path.length ? ` at ${issue.path.map(String).join('.')}` : '';
    return { status: 400, body: { error: `expected ${SHAPE}; wrong${at}: ${issue.message}` } };
  }
  holder.keep(parsed.data);
  return { status: 200, body: { ok: true, days: parsed.data.length } };
}
