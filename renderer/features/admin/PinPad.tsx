import { useTranslation } from 'react-i18next';
import { TouchButton } from '../../kit';
import { PIN_MAX_LENGTH, type PinKey } from './pin-entry';

export interface PinPadProps {
  /** Digits typed so far; only their number is shown (and spoken: "3 digits entered"). */
  length: number;
  /** Feedback after an attempt (wrong PIN, lockout countdown...), announced politely. */
  message: string;
  /** True while main checks the PIN or during a lockout: nothing can be typed or sent. */
  disabled: boolean;
  onKey: (key: PinKey) => void;
  onSubmit: () => void;
  onCancel: () => void;
}

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/** The admin PIN pad: large digits, masked dots, clear and OK. The PIN itself never leaves the container. */
export function PinPad({ length, message, disabled, onKey, onSubmit, onCancel }: PinPadProps) {
  const { t } = useTranslation();
  const digit = (d: (typeof DIGITS)[number] | '0') => (
    <TouchButton key={d} className="admin-pin__digit" disabled={disabled} onClick={() => onKey(d)}>
      {d}
    </TouchButton>
  );
  return (
    <section className="admin-pin" aria-labelledby="admin-pin-title">
      <h1 id="admin-pin-title">{t('admin.pinTitle')}</h1>
      <div className="admin-pin__dots" aria-hidden="true">
        {Array.from({ length: PIN_MAX_LENGTH }, (_, i) => (
          <span key={i} className="admin-pin__dot" data-filled={i < length || undefined} />
        ))}
      </div>
      <p className="admin-visually-hidden">{t('admin.pinEntered', { count: String(length) })}</p>
      <p className="admin-pin__message" role="status">
        {message}
      </p>
      <div className="admin-pin__grid">
        {DIGITS.map(digit)}
        <TouchButton
          className="admin-pin__digit admin-pin__word"
          disabled={disabled}
          onClick={() => onKey('clear')}
        >
          {t('admin.clear')}
        </TouchButton>
        {digit('0')}
        <TouchButton
          className="admin-pin__digit admin-pin__word"
          disabled={disabled}
          onClick={() => onKey('back')}
        >
          {t('admin.backspace')}
        </TouchButton>
      </div>
      <div className="admin-pin__actions">
        <TouchButton onClick={onCancel}>{t('admin.cancel')}</TouchButton>
        <TouchButton variant="primary" size="large" disabled={disabled || length === 0} onClick={onSubmit}>
          {t('admin.ok')}
        </TouchButton>
      </div>
    </section>
  );
}
