import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TouchButton } from '../../kit';

export interface AdminScreenProps {
  /** Behind a PIN the last button locks the session; without one it only leaves. */
  pinRequired: boolean;
  /** Browser mode: the page can't leave or reload a kiosk, so those actions say so. */
  browser: boolean;
  /** True while an action runs. */
  busy: boolean;
  /** Feedback of the last action, announced politely. */
  message: string;
  onExit: () => void;
  onReload: () => void;
  /** Restarts the whole app with a fresh start count (the way back from the out-of-order page). */
  onRestart: () => void;
  onSyncNow: () => void;
  onLock: () => void;
  /** Opens the Visitor insights panel. */
  onInsights: () => void;
  /** The status page. */
  status: ReactNode;
}

/** Behind the PIN: the technician's actions, then the status page. */
export function AdminScreen(props: AdminScreenProps) {
  const { t } = useTranslation();
  const { browser, busy, message } = props;
  const kioskOnly = (label: string, onClick: () => void, id: string) => (
    <div className="admin-panel__action">
      <TouchButton disabled={browser || busy} aria-describedby={browser ? id : undefined} onClick={onClick}>
        {label}
      </TouchButton>
      {browser && (
        <span id={id} className="admin-panel__note">
          {t('admin.notInBrowser')}
        </span>
      )}
    </div>
  );
  return (
    <div className="admin-panel">
      <h1>{t('admin.title')}</h1>
      <section aria-labelledby="admin-actions-title">
        <h2 id="admin-actions-title">{t('admin.actions')}</h2>
        <div className="admin-panel__actions">
          <TouchButton variant="primary" disabled={busy} onClick={props.onSyncNow}>
            {t('admin.syncNow')}
          </TouchButton>
          <TouchButton onClick={props.onInsights}>{t('insights.title')}</TouchButton>
          {kioskOnly(t('admin.reload'), props.onReload, 'admin-reload-note')}
          {kioskOnly(t('admin.restart'), props.onRestart, 'admin-restart-note')}
          {kioskOnly(t('admin.exit'), props.onExit, 'admin-exit-note')}
          <TouchButton onClick={props.onLock}>
            {t(props.pinRequired ? 'admin.lock' : 'admin.leave')}
          </TouchButton>
        </div>
        <p className="admin-panel__message" role="status">
          {message}
        </p>
      </section>
      {props.status}
    </div>
  );
}
