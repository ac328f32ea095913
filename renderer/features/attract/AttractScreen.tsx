import type { ReactNode } from 'react';
import { PressableButton } from '../../kit';
import type { SlotContent } from './attract-cycle';
import type { AttractSlide } from './attract-slides';
import './attract.css';

export interface AttractPrompt {
  lang: string;
  text: string;
}

export interface AttractScreenProps {
  /** The museum's name, the screen's heading. */
  heading: string;
  slides: readonly AttractSlide[];
  /** The two reused picture slots (see attract-cycle.ts). */
  slots: readonly [SlotContent, SlotContent];
  /** True with `prefers-reduced-motion`: the pictures hold still and only change. */
  still: boolean;
  /** "Touch to start" in every interface language, all shown at once. */
  prompts: readonly AttractPrompt[];
  onStart: () => void;
  /** The language choice (a LanguageSwitch), laid over the loop. */
  languageChoice: ReactNode;
}

/**
 * The loop that runs while nobody is at the kiosk. The whole screen is one button: any touch starts.
 * The pictures lie under it and only the shown one is exposed to assistive technology; the hidden
 * slot preloads the next picture.
 */
export function AttractScreen({
  heading,
  slides,
  slots,
  still,
  prompts,
  onStart,
  languageChoice,
}: AttractScreenProps) {
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
        {heading}
      </h1>
      <PressableButton className="attract__start" onClick={onStart}>
        <span className="attract__prompts">
          {prompts.map((prompt) => (
            <span key={prompt.lang} lang={prompt.lang} className="attract__prompt">
              {prompt.text}
            </span>
          ))}
        </span>
      </PressableButton>
      <div className="attract__languages">{languageChoice}</div>
    </section>
  );
}
