import { useTranslation } from 'react-i18next';
import type { Translate } from '../../i18n/ui-keys';
import { TouchButton } from '../../kit';
import type { InsightsNotice } from './use-insights-actions';

export interface InsightsDataActionsProps {
  busy: 'export' | 'reset' | null;
  /** True after the first tap on reset: the confirm button is shown. */
  resetAsked: boolean;
  notice: InsightsNotice | null;
  onExport: () => void;
  onAskReset: () => void;
  onCancelReset: () => void;
  onConfirmReset: () => void;
}

/** The last export's or reset's outcome in words. */
function noticeText(notice: InsightsNotice, t: Translate): string {
  switch (notice.kind) {
    case 'saved':
      return t('insights.exportSaved', { where: notice.where });
    case 'cancelled':
      return t('insights.exportCancelled');
    case 'locked':
      return t('insights.exportLocked');
    case 'failed':
      return notice.detail
        ? t('insights.exportFailedDetail', { detail: notice.detail })
        : t('insights.exportFailed');
    case 'reset':
      return t('insights.resetDone');
    case 'reset-failed':
      return t('insights.resetFailed');
  }
}

/**
 * Export (the chosen range, through the host) and reset. Reset never acts on one tap: the first
 * opens a question with its own confirm button (no window.confirm on a kiosk), the second forgets.
 */
export function InsightsDataActions(props: InsightsDataActionsProps) {
  const { t } = useTranslation();
  const { busy, resetAsked, notice } = props;
  const status =
    busy === 'export' ? t('insights.exporting') : notice ? noticeText(notice, (k, v) => t(k, v)) : '';
  return (
    <section className="insights-card insights-data" aria-labelledby="insights-data-title">
      <h2 id="insights-data-title">{t('insights.data')}</h2>
      <div className="admin-panel__actions">
        <div className="admin-panel__action">
          <TouchButton
            variant="primary"
            disabled={busy !== null}
            aria-describedby="insights-export-note"
            onClick={props.onExport}
          >
            {t('insights.export')}
          </TouchButton>
          <span id="insights-export-note" className="admin-panel__note">
            {t('insights.exportNote')}
          </span>
        </div>
        <TouchButton
          disabled={busy !== null}
          aria-expanded={resetAsked}
          aria-controls={resetAsked ? 'insights-reset-ask' : undefined}
          onClick={resetAsked ? props.onCancelReset : props.onAskReset}
        >
          {t('insights.reset')}
        </TouchButton>
      </div>
      {resetAsked && (
        <div id="insights-reset-ask" className="insights-data__confirm">
          <p>{t('insights.resetAsk')}</p>
          <div className="admin-panel__actions">
            <TouchButton variant="primary" disabled={busy !== null} onClick={props.onConfirmReset}>
              {t('insights.resetConfirm')}
            </TouchButton>
            <TouchButton disabled={busy !== null} onClick={props.onCancelReset}>
              {t('insights.resetCancel')}
            </TouchButton>
          </div>
        </div>
      )}
      <p className="admin-panel__message" role="status">
        {status}
      </p>
    </section>
  );
}
