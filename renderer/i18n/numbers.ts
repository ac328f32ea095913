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
