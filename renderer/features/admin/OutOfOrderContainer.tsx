import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentHost } from '../../host';
import { AdminGesture } from './AdminGesture';
import { PinPad } from './PinPad';
import { statusReport, type StatusFormat } from './status-rows';
import { toStatusView, type RendererSyncView, type StatusView } from './status-view';
import { statusReportLabels } from './status-report-labels';
import { StatusReport } from './StatusReport';
import { usePinUnlock } from './use-pin-unlock';
import { OutOfOrderAdmin } from './OutOfOrderAdmin';
import { OutOfOrderScreen } from './OutOfOrderScreen';
import './admin.css';
import './out-of-order.css';

/** The page has no store of its own: nothing to report but the host's side. */
const NO_STORE: RendererSyncView = { storeVersion: null, syncedAt: null, host: 'unknown', syncing: false };

/** How often the open status page asks again. */
const REFRESH_MS = 5_000;

/** A technician who walks away: the page goes back to the notice (and locks) after this long. */
const OUT_OF_ORDER_IDLE_MS = 120_000;

type View = 'notice' | 'pin' | 'admin';

/**
 * The out-of-order page: the notice for visitors, and behind the usual hidden gesture and the PIN
 * (checked by main, as on the admin screen) the technician's way back. Without the Electron bridge
 * (the page opened in a browser) it is the notice alone.
 */
export function OutOfOrderContainer() {
  const { t, i18n } = useTranslation();
  const host = currentHost();
  const kiosk = host.kind === 'electron' ? host.admin : null;
  const [view, setView] = useState<View>('notice');
  const [status, setStatus] = useState<StatusView | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  const unlock = useCallback(
    (pin: string) => (kiosk ? kiosk.unlock(pin) : Promise.resolve({ ok: false, reason: 'no-pin' as const })),
    [kiosk],
  );
  const { pad, reset } = usePinUnlock(unlock, () => setView('admin'));
  const toNotice = useCallback(() => {
    void kiosk?.lock().catch(() => undefined);
    reset();
    setMessage('');
    setStatus(undefined);
    setView('notice');
  }, [kiosk, reset]);
  const openPad = useCallback(() => setView('pin'), []);

  // Back to the notice when nobody touches the screen for a while.
  useEffect(() => {
    if (view === 'notice') return undefined;
    let timer = window.setTimeout(toNotice, OUT_OF_ORDER_IDLE_MS);
    const touched = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(toNotice, OUT_OF_ORDER_IDLE_MS);
    };
    document.addEventListener('pointerdown', touched, { capture: true });
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('pointerdown', touched, { capture: true });
    };
  }, [view, toNotice]);

  useEffect(() => {
    if (view !== 'admin' || !kiosk) return undefined;
    let live = true;
    const load = async () => {
      const answer = await kiosk.status();
      if (!live) return;
      if (answer.kind !== 'status') {
        // The session ran out in main: the PIN pad again.
        reset();
        setView('pin');
      } else setStatus(toStatusView(answer.status));
    };
    void load();
    const timer = window.setInterval(() => void load(), REFRESH_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [view, kiosk, reset]);

  const format = useMemo<StatusFormat>(() => {
    const dates = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' });
    const numbers = new Intl.NumberFormat(i18n.language);
    return { dateTime: (iso) => dates.format(new Date(iso)), number: (n) => numbers.format(n) };
  }, [i18n.language]);

  if (view === 'pin') return <PinPad {...pad} onCancel={toNotice} />;
  if (view === 'admin' && kiosk) {
    const act = async (action: () => Promise<{ ok: boolean; reason?: string }>) => {
      setBusy(true);
      const result = await action().catch(() => ({ ok: false, reason: 'failed' }));
      setBusy(false);
      if (result.ok) return;
      if (result.reason === 'locked') setView('pin');
      else setMessage(t('admin.actionFailed'));
    };
    return (
      <main className="out-of-order out-of-order--admin">
        <OutOfOrderAdmin
          labels={{
            title: t('admin.title'),
            hint: t('outOfOrder.adminHint'),
            actions: t('admin.actions'),
            restart: t('admin.restart'),
            exit: t('admin.exit'),
            lock: t('admin.lock'),
          }}
          busy={busy}
          message={message}
          onRestart={() => void act(() => kiosk.restart())}
          onExit={() => void act(() => kiosk.exit())}
          onLock={toNotice}
          status={
            <StatusReport
              labels={statusReportLabels(t)}
              report={status === undefined ? null : statusReport(status, NO_STORE, t, format)}
              hostUnavailable={status === null}
            />
          }
        />
      </main>
    );
  }

  const notice = (lng: string) => ({
    lang: lng,
    title: t('outOfOrder.title', { lng }),
    body: t('outOfOrder.body', { lng }),
  });
  return (
    <main className="out-of-order">
      <OutOfOrderScreen texts={[notice('id'), notice('en')]} />
      {kiosk && <AdminGesture onOpen={openPad} />}
    </main>
  );
}
