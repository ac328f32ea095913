import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useMoreBelow } from './use-more-below';
import './reading.css';

/**
 * "More below": a fade and a short note at the foot of a scrolling panel while there is more to
 * read further down, gone once the visitor reaches the end. Placed as the panel's last child; it
 * takes no room and lets every touch through to what lies beneath.
 */
export function ScrollCue({ target }: { target: RefObject<HTMLElement | null> }) {
  const { t } = useTranslation();
  const more = useMoreBelow(target);
  return (
    <div className="scroll-cue" data-more={more || undefined} aria-hidden="true">
      <div className="scroll-cue__fade">
        <span className="scroll-cue__note">
          {t('reading.moreBelow')}
          <svg viewBox="0 0 24 24" width="1em" height="1em" focusable="false">
            <path d="M6 9l6 6 6-6" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
          </svg>
        </span>
      </div>
    </div>
  );
}
