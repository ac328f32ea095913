import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TouchButton } from '../../kit';
import { ContentText } from '../FallbackMarker';
import { calloutsTitleKey, type RegionCallout } from './region-callouts';
import './region-callouts.css';

export interface RegionCalloutsProps {
  callouts: readonly RegionCallout[];
  selected?: string;
  /** A callout tapped (its key), or the selected one tapped again (undefined). */
  onSelect: (key: string | undefined) => void;
  /** The screen's own class, for where it places the list. */
  className?: string;
}

/**
 * The places the picture beside it names (a motif's elements, a cloth's parts) as a list of
 * numbered buttons, the numbers matching the marks on the picture, so no pinch is needed to find
 * them. A tap zooms the viewer there (the screen passes the selection to it) and the caption below
 * says what it is and what it means; screen readers hear the caption politely when it changes.
 * Nothing is rendered for a picture that names no place.
 */
export function RegionCallouts({ callouts, selected, onSelect, className }: RegionCalloutsProps) {
  const { t } = useTranslation();
  const id = useId();
  if (callouts.length === 0) return null;
  const chosen = callouts.find((callout) => callout.key === selected);
  return (
    <div
      className={['region-callouts', className].filter(Boolean).join(' ')}
      role="group"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-hint`}
    >
      <p id={`${id}-title`} className="region-callouts__title">
        {t(calloutsTitleKey(callouts))}
      </p>
      <ul className="region-callouts__list">
        {callouts.map((callout) => (
          <li key={callout.key}>
            <TouchButton
              className="region-callouts__button"
              aria-pressed={callout.key === selected}
              onClick={() => onSelect(callout.key === selected ? undefined : callout.key)}
            >
              <span className="region-callouts__number">{callout.number}</span>{' '}
              <ContentText picked={callout.label} />
            </TouchButton>
          </li>
        ))}
      </ul>
      <div className="region-callouts__panel">
        {/* Hidden, not removed, while a caption shows: it still describes the group. */}
        <p id={`${id}-hint`} className="region-callouts__hint" hidden={chosen !== undefined}>
          {t('regions.hint')}
        </p>
        <div className="region-callouts__caption" aria-live="polite">
          {chosen && (
            <>
              <p className="region-callouts__what">
                <span className="region-callouts__number" aria-hidden="true">
                  {chosen.number}
                </span>{' '}
                <strong>
                  <ContentText picked={chosen.label} />
                </strong>
              </p>
              {chosen.about && (
                <p className="region-callouts__about">
                  <ContentText picked={chosen.about} />
                </p>
              )}
            </>
          )}
        </div>
      </div>
    </div>
  );
}
