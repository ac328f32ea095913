import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Formats counts in the visitor's language (Intl), e.g. 1.234 in Indonesian, 1,234 in English. */
export function useFormatNumber(): (value: number) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const format = new Intl.NumberFormat(language);
    return (value: number) => format.format(value);
  }, [language]);
}

/**
 * Which of the two count strings (`…One` / `…Other`) a number takes in `language`. Indonesian and
 * Javanese do not inflect nouns for number; English does.
 */
export function pluralForm(count: number, language: string): 'one' | 'other' {
  return new Intl.PluralRules(language).select(count) === 'one' ? 'one' : 'other';
}

/** A count in the visitor's numerals and grouping (10.000 in Indonesian, 10,000 in English). */
export function formatCount(count: number, language: string): string {
  return new Intl.NumberFormat(language).format(count);
}
