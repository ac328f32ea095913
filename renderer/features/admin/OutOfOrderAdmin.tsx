import type { ReactNode } from 'react';
import { TouchButton } from '../../kit';

interface OutOfOrderAdminLabels {
  title: string;
  hint: string;
  actions: string;
  restart: string;
  exit: string;
  lock: string;
}

export interface OutOfOrderAdminProps {
  labels: OutOfOrderAdminLabels;
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
export function OutOfOrderAdmin({
  labels,
  busy,
  message,
  onRestart,
  onExit,
  onLock,
  status,
}: OutOfOrderAdminProps) {
  return (
    <div className="admin-panel">
      <h1>{labels.title}</h1>
      <p className="out-of-order__hint">{labels.hint}</p>
      <section aria-labelledby="out-of-order-actions-title">
        <h2 id="out-of-order-actions-title">{labels.actions}</h2>
        <div className="admin-panel__actions">
          <TouchButton variant="primary" disabled={busy} onClick={onRestart}>
            {labels.restart}
          </TouchButton>
          <TouchButton disabled={busy} onClick={onExit}>
            {labels.exit}
          </TouchButton>
          <TouchButton onClick={onLock}>{labels.lock}</TouchButton>
        </div>
        <p className="admin-panel__message" role="status">
          {message}
        </p>
      </section>
      {status}
    </div>
  );
}
