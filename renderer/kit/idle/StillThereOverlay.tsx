import { useEffect, useId, useRef } from 'react';
import { TouchButton } from '../touch/TouchButton';
import './still-there.css';

export interface StillThereLabels {
  /** The question, e.g. "Masih di sana?". */
  title: string;
  /** What happens at zero, e.g. "Layar akan kembali ke awal." */
  message: string;
  continue: string;
  startAgain: string;
  /** Spoken name of the countdown, e.g. `(n) => t('idle.seconds', { count: n })`. */
  seconds: (count: number) => string;
}

export const DEFAULT_STILL_THERE_LABELS: StillThereLabels = {
  title: 'Masih di sana?',
  message: 'Jika tidak ada sentuhan, layar akan kembali ke awal.',
  continue: 'Lanjutkan',
  startAgain: 'Mulai lagi',
  seconds: (count) => `${count} detik`,
};

export interface StillThereOverlayProps {
  open: boolean;
  remainingSec: number;
  onContinue: () => void;
  onStartAgain: () => void;
  labels?: Partial<StillThereLabels>;
  /** BCP 47 tag for the countdown's digits; defaults to the page's language. */
  locale?: string;
}

/**
 * The "still there?" question as a modal dialog: focus moves to "continue" (the likely answer),
 * Tab stays inside, Escape continues, and focus returns where it was when the dialog closes.
 */
export function StillThereOverlay({
  open,
  remainingSec,
  onContinue,
  onStartAgain,
  labels,
  locale,
}: StillThereOverlayProps) {
  const text = { ...DEFAULT_STILL_THERE_LABELS, ...labels };
  const titleId = useId();
  const messageId = useId();
  const continueRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);

  const onContinueRef = useRef(onContinue);
  useEffect(() => {
    onContinueRef.current = onContinue;
  }, [onContinue]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!open || !dialog) return undefined;
    const before = document.activeElement;
    continueRef.current?.focus();
    // A native listener: jsx-a11y rightly flags key handlers on a non-interactive role in JSX,
    // but a modal dialog must own Escape and keep Tab inside itself.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onContinueRef.current();
      } else if (event.key === 'Tab') {
        trapTab(event, dialog);
      }
    };
    dialog.addEventListener('keydown', onKeyDown);
    return () => {
      dialog.removeEventListener('keydown', onKeyDown);
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, [open]);

  if (!open) return null;
  const digits = new Intl.NumberFormat(locale ?? (document.documentElement.lang || undefined));

  return (
    <div className="kit-still-there">
      <div
        ref={dialogRef}
        className="kit-still-there__dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={messageId}
      >
        <h2 id={titleId} className="kit-still-there__title">
          {text.title}
        </h2>
        <p id={messageId} className="kit-still-there__message">
          {text.message}
        </p>
        <div className="kit-still-there__count" role="timer" aria-label={text.seconds(remainingSec)}>
          <span aria-hidden="true">{digits.format(remainingSec)}</span>
        </div>
        <div className="kit-still-there__actions">
          <TouchButton ref={continueRef} variant="primary" size="large" onClick={onContinue}>
            {text.continue}
          </TouchButton>
          <TouchButton size="large" onClick={onStartAgain}>
            {text.startAgain}
          </TouchButton>
        </div>
      </div>
    </div>
  );
}

function trapTab(event: KeyboardEvent, dialog: HTMLElement) {
  const buttons = Array.from(dialog.querySelectorAll('button'));
  const first = buttons[0];
  const last = buttons.at(-1);
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}
