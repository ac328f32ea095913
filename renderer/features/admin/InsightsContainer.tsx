import { useState } from 'react';
import { currentHost } from '../../host';
import type { InsightRange } from '../../insights/insight-types';
import { appInsightsDb, type InsightsDb } from '../../insights/insights-db';
import { InsightsScreen } from './InsightsScreen';
import { useInsightTitles } from './use-insight-titles';
import { useInsightsActions, type SaveInsights } from './use-insights-actions';
import { useInsightsView } from './use-insights-view';

export interface InsightsContainerProps {
  /** Back to the admin status page (the PIN session stays open). */
  onBack: () => void;
  /** The host said the admin session has ended: the admin screen asks for the PIN again. */
  onSessionEnded: () => void;
  /** Tests pass their own database, clock and host's save; the page uses its own. */
  db?: InsightsDb;
  now?: () => number;
  save?: SaveInsights;
}

const hostSave: SaveInsights = (files) => currentHost().insights.save(files);

/**
 * The admin's Visitor insights: reads the chosen range from the insights database (its daily
 * rollups), names the pieces and motifs from the live collection, and exports or resets through
 * the host. Loaded lazily by the admin screen, so the status page does not carry it.
 */
export function InsightsContainer({
  onBack,
  onSessionEnded,
  db = appInsightsDb(),
  now = Date.now,
  save = hostSave,
}: InsightsContainerProps) {
  const [range, setRange] = useState<InsightRange>('7d');
  const { state, view, reload } = useInsightsView(db, range, now);
  const titles = useInsightTitles(view);
  const actions = useInsightsActions({ db, range, now, save, onReset: reload, onSessionEnded });
  return (
    <InsightsScreen
      state={state}
      range={range}
      view={view}
      titles={titles}
      actions={actions}
      onRange={setRange}
      onRetry={reload}
      onBack={onBack}
    />
  );
}
