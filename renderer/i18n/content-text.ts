import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ANY_LANGUAGE, type LangMap } from '../../electron/shared/collection-records';
import { useCollectionInfo } from '../db/hooks';
import { capLabel } from './reading-text';

/** A content text together with the language it is really written in. */
export interface PickedText {
  text: string;
  /** The language of `text`; '' when the map had no text at all or its text is in every language. */
  lang: string;
  /** True when `text` is not in the language asked for: screens show a small marker naming `lang`. */
  fallback: boolean;
}

const NO_TEXT: PickedText = Object.freeze({ text: '', lang: '', fallback: false });

/**
 * The text of a language map in `language`, else in the collection's fallback order, else in any
 * language it has (a visitor sees some text rather than a gap), with the language it came from. A
 * name written once for every language (ANY_LANGUAGE) is never a fallback.
 */
export function pickTextInfo(
  map: LangMap | undefined,
  language: string,
  fallback: readonly string[],
): PickedText {
  if (!map) return NO_TEXT;
  const everywhere = map[ANY_LANGUAGE];
  if (everywhere) return { text: everywhere, lang: '', fallback: false };
  for (const lang of [language, ...fallback]) {
    const text = map[lang];
    if (text) return { text, lang, fallback: lang !== language };
  }
  const any = Object.entries(map).find(([, text]) => text !== '');
  return any ? { text: any[1], lang: any[0], fallback: any[0] !== language } : NO_TEXT;
}

/** {@link pickTextInfo}'s text only, for labels where a fallback marker would not fit. */
export function pickText(map: LangMap | undefined, language: string, fallback: readonly string[]): string {
  return pickTextInfo(map, language, fallback).text;
}

const DEFAULT_FALLBACK: readonly string[] = ['id', 'en'];

function useContentLanguage(): { language: string; fallback: readonly string[] } {
  const { i18n } = useTranslation();
  const fallback = useCollectionInfo()?.fallback ?? DEFAULT_FALLBACK;
  return { language: i18n.language, fallback };
}

/**
 * A `pickText` bound to the current UI language and the live collection's fallback order, for
 * labels (titles, names, terms): cut at `LABEL_MAX` characters, so a runaway text in a record cannot
 * freeze the page that lays it out. Its identity changes only when the language or the fallback
 * order does, so lists built from it can be memoised. Reading texts take the whole text from
 * {@link useContentTextInfo} and lay it out with `<ReadingText>`.
 */
export function useContentText(): (map: LangMap | undefined) => string {
  const { language, fallback } = useContentLanguage();
  return useCallback(
    (map: LangMap | undefined) => capLabel(pickText(map, language, fallback)),
    [language, fallback],
  );
}

/**
 * Like {@link useContentText} but says which language each text is in, so a screen can render
 * `<FallbackMarker>` (renderer/ui) next to a text that fell back, and set `lang` on it.
 */
export function useContentTextInfo(): (map: LangMap | undefined) => PickedText {
  const { language, fallback } = useContentLanguage();
  return useCallback(
    (map: LangMap | undefined) => pickTextInfo(map, language, fallback),
    [language, fallback],
  );
}
