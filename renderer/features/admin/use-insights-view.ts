import { useCallback, useEffect, useState } from 'react';
import type { InsightRange } from '../../insights/insight-types';
import type { InsightsDb } from '../../insights/insights-db';
import { readInsights } from '../../insights/insights-read';
import { insightsRecorder } from '../../insights/recorder';
import type { InsightsView } from '../../insights/insights-view';

/** Where the panel's read stands; the panel root carries it as `data-insights-state` for tests. */
export type InsightsState = 'loading' | 'ready' | 'failed';

/** Module-level, so the effect below does not run again on every render. */
const flushRecorder = () => insightsRecorder().flush();

/** The outcome of one read, named by the read it answers (the range and the attempt). */
interface Answer {
  key: string;
  view?: InsightsView;
}

/**
 * The view of `range`, read again when the range changes or `reload` is called. While a read
 * runs, the last view read stays (no flash of an empty panel between two ranges); a failed read
 * is `failed`, and its view is null so old numbers are never shown as the new range's.
 */
export function useInsightsView(
  db: InsightsDb,
  range: InsightRange,
  now: () => number,
  flushPending: () => Promise<void> = flushRecorder,
): { state: InsightsState; view: InsightsView | null; reload: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [last, setLast] = useState<InsightsView | null>(null);
  const key = `${range}#${attempt}`;

  useEffect(() => {
    let live = true;
    // Visits the recorder still holds (it writes when the page is idle) are counted first.
    flushPending()
      .then(() => readInsights(db, range, now()))
      .then(
        (view) => {
          if (!live) return;
          setAnswer({ key, view });
          setLast(view);
        },
        (error: unknown) => {
          if (!live) return;
          console.warn('insights: the visitor insights could not be read', error);
          setAnswer({ key });
        },
      );
    return () => {
      live = false;
    };
  }, [db, range, now, key, flushPending]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const state: InsightsState = answer?.key !== key ? 'loading' : answer.view ? 'ready' : 'failed';
  return { state, view: state === 'failed' ? null : last, reload };
}
