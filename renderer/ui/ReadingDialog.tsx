import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TouchButton } from '../kit';
import { ScrollCue } from './ScrollCue';
import './reading.css';

export interface ReadingDialogProps {
  title: ReactNode;
  /** The text to read, e.g. a `<ReadingText>`. */
  children: ReactNode;
  onClose: () => void;
}

/**
 * A text in full, over the screen where only its beginning fits: a modal dialog with a scrolling
 * body and a close button at its foot (within reach in the lowered mode, which also moves the
 * dialog down). Focus moves to the close button and comes back when it closes; Escape and a tap
 * beside the dialog close it too. It sits below the idle question, which can always be answered.
 */
export function ReadingDialog({ title, children, onClose }: ReadingDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const closeRef = useRef<HTMLButtonElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const before = document.activeElement;
    closeRef.current?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onCloseRef.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);

  return (
    // The backdrop is a convenience for pointer users; keyboard users have Escape and the button.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions
    <div
      className="reading-dialog"
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className="reading-dialog__box" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId} className="reading-dialog__title">
          {title}
        </h2>
        <div className="reading-dialog__body" ref={bodyRef}>
          {children}
          <ScrollCue target={bodyRef} />
        </div>
        <TouchButton ref={closeRef} className="reading-dialog__close" variant="primary" onClick={onClose}>
          {t('reading.close')}
        </TouchButton>
      </div>
    </div>
  );
}
