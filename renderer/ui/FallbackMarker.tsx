import type { PickedText } from '../i18n/content-text';
import { languageName } from '../i18n/language-names';

/**
 * The small "(Bahasa Indonesia)" after a content text that is not in the visitor's language, so a
 * visitor knows why it reads differently. Renders nothing when the text is in the language asked for.
 */
export function FallbackMarker({ picked }: { picked: PickedText }) {
  if (!picked.fallback || !picked.lang) return null;
  return (
    <span className="fallback-marker" lang={picked.lang} data-fallback-lang={picked.lang}>
      ({languageName(picked.lang)})
    </span>
  );
}

/**
 * A content text in its real language (`lang` set, so a screen reader pronounces it right) with
 * the fallback marker after it when it fell back.
 */
export function ContentText({ picked }: { picked: PickedText }) {
  return (
    <>
      <span lang={picked.lang || undefined}>{picked.text}</span>
      {picked.fallback && ' '}
      <FallbackMarker picked={picked} />
    </>
  );
}
