import { useState } from 'react';
import type { InsightsExportFile, InsightsSaveResult } from '../../../electron/shared/insights-summary';
import type { InsightRange } from '../../insights/insight-types';
import type { InsightsDb } from '../../insights/insights-db';
import { exportFiles, resetInsights } from '../../insights/insights-read';

/** What the last export or reset came to; the screen words it. */
export type InsightsNotice =
  | { kind: 'saved'; where: string }
  | { kind: 'cancelled' }
  | { kind: 'locked' }
  | { kind: 'failed'; detail?: string }
  | { kind: 'reset' }
  | { kind: 'reset-failed' };

export type SaveInsights = (files: InsightsExportFile[]) => Promise<InsightsSaveResult>;

interface ActionsOptions {
  db: InsightsDb;
  range: InsightRange;
  now: () => number;
  /** The host's way out of the page (Electron: a folder; the web host: a zip download). */
  save: SaveInsights;
  /** After a reset: read the (now empty) view again. */
  onReset: () => void;
  /** The host refused the export because the admin session ran out: the PIN pad comes back. */
  onSessionEnded: () => void;
}

/**
 * Export and reset. An export writes the range's files through the host and says where they went
 * or why not; a reset is asked for, then confirmed by a second tap, then forgets everything.
 */
export function useInsightsActions({ db, range, now, save, onReset, onSessionEnded }: ActionsOptions) {
  const [busy, setBusy] = useState<'export' | 'reset' | null>(null);
  const [resetAsked, setResetAsked] = useState(false);
  const [notice, setNotice] = useState<InsightsNotice | null>(null);

  const exportNow = async () => {
    setBusy('export');
    setNotice(null);
    let outcome: InsightsNotice;
    try {
      const result = await save(await exportFiles(db, range, now()));
      outcome = result.ok
        ? { kind: 'saved', where: result.where }
        : result.reason === 'failed'
          ? { kind: 'failed', detail: result.detail }
          : { kind: result.reason };
    } catch (error) {
      console.warn('insights: the export failed', error);
      outcome = { kind: 'failed' };
    }
    setBusy(null);
    setNotice(outcome);
    if (outcome.kind === 'locked') onSessionEnded();
  };

  const confirmReset = async () => {
    setBusy('reset');
    setNotice(null);
    try {
      await resetInsights(db);
      setNotice({ kind: 'reset' });
      onReset();
    } catch (error) {
      console.warn('insights: the reset failed', error);
      setNotice({ kind: 'reset-failed' });
    }
    setBusy(null);
    setResetAsked(false);
  };

  return {
    busy,
    resetAsked,
    notice,
    onExport: () => void exportNow(),
    onAskReset: () => setResetAsked(true),
    onCancelReset: () => setResetAsked(false),
    onConfirmReset: () => void confirmReset(),
  };
}
