import { TouchButton } from '../../kit';
import { PIN_MAX_LENGTH, type PinKey } from './pin-entry';

interface PinPadLabels {
  title: string;
  /** Spoken form of the masked dots, e.g. "3 digits entered". */
  entered: string;
  clear: string;
  back: string;
  ok: string;
  cancel: string;
}

export interface PinPadProps {
  labels: PinPadLabels;
  /** Digits typed so far; only their number is shown. */
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
export function PinPad({ labels, length, message, disabled, onKey, onSubmit, onCancel }: PinPadProps) {
  const digit = (d: (typeof DIGITS)[number] | '0') => (
    <TouchButton key={d} className="admin-pin__digit" disabled={disabled} onClick={() => onKey(d)}>
      {d}
    </TouchButton>
  );
  return (
    <section className="admin-pin" aria-labelledby="admin-pin-title">
      <h1 id="admin-pin-title">{labels.title}</h1>
      <div className="admin-pin__dots" aria-hidden="true">
        {Array.from({ length: PIN_MAX_LENGTH }, (_, i) => (
          <span key={i} className="admin-pin__dot" data-filled={i < length || undefined} />
        ))}
      </div>
      <p className="admin-visually-hidden">{labels.entered}</p>
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
          {labels.clear}
        </TouchButton>
        {digit('0')}
        <TouchButton
          className="admin-pin__digit admin-pin__word"
          disabled={disabled}
          onClick={() => onKey('back')}
        >
          {labels.back}
        </TouchButton>
      </div>
      <div className="admin-pin__actions">
        <TouchButton onClick={onCancel}>{labels.cancel}</TouchButton>
        <TouchButton variant="primary" size="large" disabled={disabled || length === 0} onClick={onSubmit}>
          {labels.ok}
        </TouchButton>
      </div>
    </section>
  );
}
