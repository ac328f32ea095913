import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { LangMap } from '../../electron/shared/collection-records';
import { useCollectionInfo } from '../db/hooks';

/**
 * The text of a language map in `language`, else in the collection's fallback order, else in any
 * language it has: a visitor sees some text rather than a gap.
 */
export function pickText(map: LangMap | undefined, language: string, fallback: readonly string[]): string {
  if (!map) return '';
  for (const lang of [language, ...fallback]) {
    const text = map[lang];
    if (text) return text;
  }
  return Object.values(map).find((text) => text !== '') ?? '';
}

const DEFAULT_FALLBACK: readonly string[] = ['id', 'en'];

/**
 * A `pickText` bound to the current UI language and the live collection's fallback order. Its
 * identity changes only when one of those does, so lists built from it can be memoised.
 */
export function useContentText(): (map: LangMap | undefined) => string {
  const { i18n } = useTranslation();
  const fallback = useCollectionInfo()?.fallback ?? DEFAULT_FALLBACK;
  const language = i18n.language;
  return useCallback((map: LangMap | undefined) => pickText(map, language, fallback), [language, fallback]);
}
