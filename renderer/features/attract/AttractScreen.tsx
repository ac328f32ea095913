import { useTranslation } from 'react-i18next';
import type { LanguageOption } from '../../i18n/language-names';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { UI_LANGUAGES } from '../../i18n/setup-i18n';
import { PressableButton } from '../../kit';
import type { SlotContent } from './attract-cycle';
import type { AttractSlide } from './attract-slides';
import './attract.css';

export interface AttractScreenProps {
  /** The museum's name, the screen's heading; the collection's generic name until it is known. */
  museum?: string;
  slides: readonly AttractSlide[];
  /** The two reused picture slots (see attract-cycle.ts). */
  slots: readonly [SlotContent, SlotContent];
  /** True with `prefers-reduced-motion`: the pictures hold still and only change. */
  still: boolean;
  onStart: () => void;
  /** The languages a visit can start in, offered over the loop. */
  languages: readonly LanguageOption[];
  onChooseLanguage: (code: string) => void;
}

/**
 * The loop that runs while nobody is at the kiosk. The whole screen is one button: any touch starts;
 * "touch to start" stands in every interface language at once. The pictures lie under it and only
 * the shown one is exposed to assistive technology; the hidden slot preloads the next picture.
 */
export function AttractScreen({
  museum,
  slides,
  slots,
  still,
  onStart,
  languages,
  onChooseLanguage,
}: AttractScreenProps) {
  const { t } = useTranslation();
  return (
    <section className="attract" data-still={still || undefined} aria-labelledby="attract-heading">
      <div className="attract__pictures">
        {slots.map((slot, i) => {
          const slide = slot.slide === null ? undefined : slides[slot.slide];
          return (
            <figure
              // Keyed by slot, not slide: the same two elements are reused for the whole run.
              key={i}
              className="attract__slide"
              data-role={slot.role}
              data-pan={slot.pan}
              aria-hidden={slot.role !== 'shown' || !slide}
            >
              {slide && <img className="attract__image" src={slide.src} alt={slide.alt} draggable={false} />}
              {slide && <figcaption className="attract__caption">{slide.name}</figcaption>}
            </figure>
          );
        })}
      </div>
      <h1 id="attract-heading" className="attract__heading">
        {museum ?? t('app.collectionLabel')}
      </h1>
      <PressableButton className="attract__start" onClick={onStart}>
        <span className="attract__prompts">
          {UI_LANGUAGES.map((lng) => (
            <span key={lng} lang={lng} className="attract__prompt">
              {t('attract.touch', { lng })}
            </span>
          ))}
        </span>
      </PressableButton>
      <div className="attract__languages">
        <LanguageSwitch
          className="language-switch--attract"
          label={t('attract.chooseLanguage')}
          options={languages}
          onSelect={onChooseLanguage}
        />
      </div>
    </section>
  );
}
