import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TouchButton } from '../../kit';

export interface OutOfOrderAdminProps {
  busy: boolean;
  /** Feedback of the last action, announced politely. */
  message: string;
  onRestart: () => void;
  onExit: () => void;
  onLock: () => void;
  /** The status page (recent recoveries first of all). */
  status: ReactNode;
}

/**
 * Behind the PIN on the out-of-order page: what happened, the way back ("restart now", which also
 * clears the start count), exit, and the status page. No sync: this page has no collection.
 */
export function OutOfOrderAdmin({ busy, message, onRestart, onExit, onLock, status }: OutOfOrderAdminProps) {
  const { t } = useTranslation();
  return (
    <div className="admin-panel">
      <h1>{t('admin.title')}</h1>
      <p className="out-of-order__hint">{t('outOfOrder.adminHint')}</p>
      <section aria-labelledby="out-of-order-actions-title">
        <h2 id="out-of-order-actions-title">{t('admin.actions')}</h2>
        <div className="admin-panel__actions">
          <TouchButton variant="primary" disabled={busy} onClick={onRestart}>
            {t('admin.restart')}
          </TouchButton>
          <TouchButton disabled={busy} onClick={onExit}>
            {t('admin.exit')}
          </TouchButton>
          <TouchButton onClick={onLock}>{t('admin.lock')}</TouchButton>
        </div>
        <p className="admin-panel__message" role="status">
          {message}
        </p>
      </section>
      {status}
    </div>
  );
}
