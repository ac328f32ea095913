import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/router';
import { appSync } from '../../sync/app-sync';
import type { SyncOutcome } from '../../sync/engine';
import { adminBackend } from './admin-backend';
import { AdminPanel } from './AdminPanel';
import { pinFeedback, pressPinKey, secondsUntil, type PinFeedback, type PinKey } from './pin-entry';
import { PinPad } from './PinPad';
import { statusReport, type StatusFormat } from './status-rows';
import { StatusReport } from './StatusReport';
import { useAdminStatus } from './use-admin-status';

/**
 * `#/admin`: in the Electron kiosk a PIN pad first (checked by main; the page never sees the hash),
 * then actions and the status page. In browser mode there is nothing to guard - the page can't
 * leave or reload a kiosk - so it opens on the status page. Leaving the screen (or the idle reset
 * taking the page home) unmounts it, which locks the session again.
 */
export function AdminScreenContainer() {
  const { t, i18n } = useTranslation();
  const backend = useMemo(() => adminBackend(), []);
  const kiosk = backend.mode === 'kiosk' ? backend.kiosk : null;
  const [unlocked, setUnlocked] = useState(kiosk === null);
  const [pin, setPin] = useState('');
  const [feedback, setFeedback] = useState<PinFeedback | null>(null);
  const [checking, setChecking] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [refreshKey, setRefreshKey] = useState(0);

  const relock = useCallback(() => {
    setUnlocked(false);
    setMessage('');
    setFeedback(null);
  }, []);
  const { host, sync } = useAdminStatus(backend, unlocked, refreshKey, relock);

  useEffect(() => () => void kiosk?.admin.lock().catch(() => undefined), [kiosk]);

  // The lockout counts down on screen and lifts itself.
  const lockedUntil = feedback?.kind === 'locked' ? feedback.until : null;
  useEffect(() => {
    if (lockedUntil === null) return undefined;
    const timer = window.setInterval(() => {
      setNow(Date.now());
      if (Date.now() >= lockedUntil) setFeedback(null);
    }, 1_000);
    return () => window.clearInterval(timer);
  }, [lockedUntil]);

  const format = useMemo<StatusFormat>(() => {
    const dates = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' });
    const numbers = new Intl.NumberFormat(i18n.language);
    return { dateTime: (iso) => dates.format(new Date(iso)), number: (n) => numbers.format(n) };
  }, [i18n.language]);

  const leave = () => navigate({ name: 'home' });

  if (!unlocked && kiosk) {
    const submit = async () => {
      setChecking(true);
      const result = await kiosk.admin.unlock(pin).catch(() => null);
      setChecking(false);
      setPin('');
      setNow(Date.now());
      const next = result ? pinFeedback(result) : { kind: 'error' as const };
      setFeedback(next);
      if (!next) setUnlocked(true);
    };
    const pinMessage = !feedback
      ? ''
      : feedback.kind === 'locked'
        ? t('admin.locked', { seconds: String(secondsUntil(feedback.until, now)) })
        : feedback.kind === 'wrong'
          ? t('admin.wrongPin')
          : feedback.kind === 'no-pin'
            ? t('admin.noPin')
            : t('admin.unlockFailed');
    return (
      <PinPad
        labels={{
          title: t('admin.pinTitle'),
          entered: t('admin.pinEntered', { count: String(pin.length) }),
          clear: t('admin.clear'),
          back: t('admin.backspace'),
          ok: t('admin.ok'),
          cancel: t('admin.cancel'),
        }}
        length={pin.length}
        message={pinMessage}
        disabled={checking || lockedUntil !== null}
        onKey={(key: PinKey) => setPin((current) => pressPinKey(current, key))}
        onSubmit={() => void submit()}
        onCancel={leave}
      />
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
    if (kiosk && !(await act(() => kiosk.admin.syncNow()))) return;
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
    void kiosk?.admin.lock().catch(() => undefined);
    leave();
  };

  const report = host === undefined ? null : statusReport(host, sync, t, format);
  return (
    <AdminPanel
      labels={{
        title: t('admin.title'),
        actions: t('admin.actions'),
        exit: t('admin.exit'),
        reload: t('admin.reload'),
        syncNow: t('admin.syncNow'),
        lock: kiosk ? t('admin.lock') : t('admin.leave'),
        notInBrowser: t('admin.notInBrowser'),
      }}
      browser={!kiosk}
      busy={busy}
      message={message}
      onExit={() => kiosk && void act(() => kiosk.admin.exit())}
      onReload={() => kiosk && void act(() => kiosk.admin.reload())}
      onSyncNow={() => void syncNow()}
      onLock={lock}
      status={
        <StatusReport
          labels={{
            heading: t('admin.status'),
            loading: t('admin.loading'),
            unavailable: t('admin.statusUnavailable'),
            errorFile: t('admin.errorFile'),
            errorField: t('admin.errorField'),
            errorMessage: t('admin.errorMessage'),
            heldBackRecord: t('admin.heldBackRecord'),
            heldBackShown: t('admin.heldBackShown'),
            recoveries: t('admin.recoveries'),
            recoveriesNone: t('admin.recoveriesNone'),
            configProblems: t('admin.configProblems'),
          }}
          report={report}
          hostUnavailable={host === null}
        />
      }
    />
  );
}
