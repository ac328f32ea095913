import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en/translation.json';
import id from '../locales/id/translation.json';
import jv from '../locales/jv/translation.json';

/** Languages the interface itself is written in; content may offer fewer (see useLanguages). */
export const UI_LANGUAGES = ['id', 'en', 'jv'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Each language's name in itself, as shown on the language switch. */
export const LANGUAGE_NAMES: Record<UiLanguage, string> = {
  id: 'Bahasa Indonesia',
  en: 'English',
  jv: 'Basa Jawa',
};

export function isUiLanguage(value: string): value is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(value);
}

/** Starts i18next with the bundled strings: nothing is loaded over the network. */
export function setupI18n(language: UiLanguage = 'id'): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: { id: { translation: id }, en: { translation: en }, jv: { translation: jv } },
    lng: language,
    // Indonesian is the complete reference; a missing string never shows as a raw key.
    fallbackLng: 'id',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  i18next.on('languageChanged', (lng) => document.documentElement.setAttribute('lang', lng));
  document.documentElement.setAttribute('lang', language);
  return i18next;
}
