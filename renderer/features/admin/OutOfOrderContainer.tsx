import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentHost } from '../../host';
import { AdminGesture } from './AdminGesture';
import { PinPad } from './PinPad';
import { toStatusView, type RendererSyncView, type StatusView } from './status-view';
import { StatusReport } from './StatusReport';
import { usePinUnlock } from './use-pin-unlock';
import { useStatusReport } from './use-status-report';
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
  const { t } = useTranslation();
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

  const report = useStatusReport(status, NO_STORE);

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
          busy={busy}
          message={message}
          onRestart={() => void act(() => kiosk.restart())}
          onExit={() => void act(() => kiosk.exit())}
          onLock={toNotice}
          status={<StatusReport report={report} hostUnavailable={status === null} />}
        />
      </main>
    );
  }

  return (
    <main className="out-of-order">
      <OutOfOrderScreen />
      {kiosk && <AdminGesture onOpen={openPad} />}
    </main>
  );
}
