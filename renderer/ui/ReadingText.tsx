import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TouchButton } from '../kit';
import { paragraphs, partEnds } from '../i18n/reading-text';

export interface ReadingTextProps {
  text: string;
  /** The language the text is written in ('' when unknown). */
  lang?: string;
  /** Shown at the end of the last paragraph laid out, e.g. a `<FallbackMarker>`. */
  marker?: ReactNode;
  className?: string;
}

/**
 * A curator text as paragraphs, laid out one bounded part at a time (renderer/i18n/reading-text.ts):
 * the first part at once, then one more per tap on "read more", so no text of any length blocks the
 * page. A paragraph longer than a part simply continues in the next one. Long words, URLs and paths
 * wrap (global.css), never run off the screen. The button reads in the visitor's language, whatever
 * the text's own.
 */
export function ReadingText({ text, lang, marker, className }: ReadingTextProps) {
  const { t } = useTranslation();
  const [reading, setReading] = useState({ text, reads: 0 });
  // A new text (another piece, another language) starts again from its first part.
  const reads = reading.text === text ? reading.reads : 0;
  const ends = partEnds(text, reads);
  const shown = ends.at(-1)!;
  const parts = ends.map((end, part) => paragraphs(text.slice(part === 0 ? 0 : ends[part - 1], end)));
  const lastPart = parts.findLastIndex((list) => list.length > 0);
  return (
    <div className={className ? `reading-text ${className}` : 'reading-text'} lang={lang || undefined}>
      {parts.map((list, part) =>
        list.map((paragraph, i) => (
          <p key={`${part}.${i}`}>
            {paragraph}
            {marker && part === lastPart && i === list.length - 1 && <> {marker}</>}
          </p>
        )),
      )}
      {shown < text.length && (
        <TouchButton
          className="reading-text__more"
          variant="quiet"
          onClick={() => setReading({ text, reads: reads + 1 })}
        >
          {t('reading.more')}
        </TouchButton>
      )}
    </div>
  );
}
