import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnlockResult } from '../../../electron/shared/kiosk-status';
import { pinFeedback, pressPinKey, secondsUntil, type PinFeedback, type PinKey } from './pin-entry';
import type { PinPadProps } from './PinPad';

/** What a screen with a PIN pad gets: the pad's props (but Cancel) and a way to forget feedback. */
export interface PinUnlock {
  pad: Omit<PinPadProps, 'onCancel'>;
  /** Clears the typed digits and the last feedback, e.g. when a session ends and the pad returns. */
  reset: () => void;
}

/**
 * The PIN pad's state: the digits typed (only their count reaches the pad), the answer to the last
 * attempt, and a lockout that counts down on screen and lifts itself. `unlock` asks whoever checks
 * the PIN (Electron's main, or the web host); the PIN never goes anywhere else. Shared by the admin
 * screen and the out-of-order page.
 */
export function usePinUnlock(
  unlock: (pin: string) => Promise<UnlockResult>,
  onUnlocked: () => void,
): PinUnlock {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const [feedback, setFeedback] = useState<PinFeedback | null>(null);
  const [checking, setChecking] = useState(false);
  const [now, setNow] = useState(() => Date.now());

  const lockedUntil = feedback?.kind === 'locked' ? feedback.until : null;
  useEffect(() => {
    if (lockedUntil === null) return undefined;
    const timer = window.setInterval(() => {
      setNow(Date.now());
      if (Date.now() >= lockedUntil) setFeedback(null);
    }, 1_000);
    return () => window.clearInterval(timer);
  }, [lockedUntil]);

  const submit = async () => {
    setChecking(true);
    const result = await unlock(pin).catch(() => null);
    setChecking(false);
    setPin('');
    setNow(Date.now());
    const next = result ? pinFeedback(result) : { kind: 'error' as const };
    setFeedback(next);
    if (!next) onUnlocked();
  };

  const message = !feedback
    ? ''
    : feedback.kind === 'locked'
      ? t('admin.locked', { seconds: String(secondsUntil(feedback.until, now)) })
      : feedback.kind === 'wrong'
        ? t('admin.wrongPin')
        : feedback.kind === 'no-pin'
          ? t('admin.noPin')
          : t('admin.unlockFailed');

  const reset = useCallback(() => {
    setPin('');
    setFeedback(null);
  }, []);

  return {
    pad: {
      length: pin.length,
      message,
      disabled: checking || lockedUntil !== null,
      onKey: (key: PinKey) => setPin((current) => pressPinKey(current, key)),
      onSubmit: () => void submit(),
    },
    reset,
  };
}
