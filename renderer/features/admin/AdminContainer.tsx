import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentHost } from '../../host';
import { navigate } from '../../navigation/router';
import { appSync } from '../../sync/app-sync';
import type { SyncOutcome } from '../../sync/engine';
import { AdminScreen } from './AdminScreen';
import { InsightsPlaceholder } from './InsightsPlaceholder';
import { LoadBoundary } from './LoadBoundary';
import { PinPad } from './PinPad';
import { StatusReport } from './StatusReport';
import { useAdminStatus } from './use-admin-status';
import { usePinUnlock } from './use-pin-unlock';
import { useStatusReport } from './use-status-report';

/** Where the screen stands: asking the web host whether it wants a PIN, the PIN pad, or unlocked. */
type Door = 'asking' | 'pin' | 'open';

// The Insights panel (and, inside it, the chart library) is its own chunk: the status page,
// which every technician's visit opens, does not carry it.
const InsightsPanel = lazy(() =>
  import('./InsightsContainer').then((m) => ({ default: m.InsightsContainer })),
);

/**
 * `#/admin`: a PIN pad first - always in the Electron kiosk (checked by main; the page never sees
 * the hash), and in browser mode when the web host's config has an admin PIN (checked by the host)
 * - then actions and the status page, from which the Visitor insights panel opens in place (so
 * the session stays open). A web host without a PIN opens on the status page, as
 * nothing there can leave or reload a kiosk. Leaving the screen (or the idle reset taking the page
 * home) unmounts it, which locks the session again.
 */
export function AdminContainer() {
  const { t } = useTranslation();
  const host = currentHost();
  // Leaving, reloading, restarting and rebuilding exist only in Electron's kiosk.
  const kiosk = host.kind === 'electron' ? host.admin : null;
  const [door, setDoor] = useState<Door>(kiosk ? 'pin' : 'asking');
  const [pinRequired, setPinRequired] = useState(kiosk !== null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [refreshKey, setRefreshKey] = useState(0);
  /** Behind the door: the status page, or the Insights panel (inside this screen, so the session stays). */
  const [page, setPage] = useState<'status' | 'insights'>('status');

  const unlock = useCallback((pin: string) => host.admin.unlock(pin), [host]);
  const { pad, reset } = usePinUnlock(unlock, () => setDoor('open'));
  const relock = useCallback(() => {
    setDoor('pin');
    setPinRequired(true);
    setMessage('');
    reset();
  }, [reset]);
  const { host: hostStatus, sync } = useAdminStatus(host.admin, door === 'open', refreshKey, relock);
  const report = useStatusReport(hostStatus, sync);

  // In browser mode the host says whether it wants a PIN by refusing the status without a session.
  useEffect(() => {
    if (host.kind !== 'web') return undefined;
    let live = true;
    void host.admin.status().then((answer) => {
      if (!live) return;
      const needed = answer.kind === 'pin-required';
      setPinRequired(needed);
      setDoor(needed ? 'pin' : 'open');
    });
    return () => {
      live = false;
    };
  }, [host]);

  const lockSession = useCallback(() => {
    void host.admin.lock().catch(() => undefined);
  }, [host]);
  useEffect(() => lockSession, [lockSession]);

  const leave = () => navigate({ name: 'home' });

  if (door === 'asking') {
    return (
      <section className="admin-panel" aria-labelledby="admin-title">
        <h1 id="admin-title">{t('admin.title')}</h1>
        <p role="status">{t('admin.loading')}</p>
      </section>
    );
  }
  if (door === 'pin') return <PinPad {...pad} onCancel={leave} />;
  if (page === 'insights') {
    const back = () => setPage('status');
    return (
      <LoadBoundary fallback={<InsightsPlaceholder failed onBack={back} />}>
        <Suspense fallback={<InsightsPlaceholder failed={false} onBack={back} />}>
          <InsightsPanel onBack={back} onSessionEnded={relock} />
        </Suspense>
      </LoadBoundary>
    );
  }

  /** Runs a kiosk action; a refused one means the session ended, so the PIN pad comes back. */
  const act = async (action: () => Promise<{ ok: boolean; reason?: string }>) => {
    setBusy(true);
    const result = await action().catch(() => ({ ok: false, reason: 'failed' }));
    setBusy(false);
    if (result.ok) return true;
    if (result.reason === 'locked') relock();
    else setMessage(t('admin.actionFailed'));
    return false;
  };
  const syncNow = async () => {
    if (kiosk && !(await act(() => kiosk.syncNow()))) return;
    // A web host that pulls a published bundle asks its publisher first; one that compiles a
    // folder has nothing to ask (it follows the folder), and the page syncs with what it serves.
    if (host.kind === 'web') {
      const web = host.admin;
      const asked = await act(async () => {
        const result = await web.pullNow();
        return result.ok || result.reason === 'unsupported' ? { ok: true } : result;
      });
      if (!asked) return;
    }
    setBusy(true);
    setMessage(t('admin.syncRunning'));
    const outcome: SyncOutcome = await appSync().sync();
    setBusy(false);
    setMessage(
      outcome.kind === 'synced'
        ? t('admin.syncSynced', { version: outcome.version })
        : outcome.kind === 'unchanged'
          ? t('admin.syncUnchanged', { version: outcome.version })
          : t('admin.syncFailed', { detail: outcome.detail }),
    );
    setRefreshKey((key) => key + 1);
  };
  const lock = () => {
    lockSession();
    leave();
  };

  return (
    <AdminScreen
      pinRequired={pinRequired}
      browser={!kiosk}
      busy={busy}
      message={message}
      onExit={() => kiosk && void act(() => kiosk.exit())}
      onReload={() => kiosk && void act(() => kiosk.reload())}
      onRestart={() => kiosk && void act(() => kiosk.restart())}
      onSyncNow={() => void syncNow()}
      onLock={lock}
      onInsights={() => setPage('insights')}
      status={<StatusReport report={report} hostUnavailable={hostStatus === null} />}
    />
  );
}
