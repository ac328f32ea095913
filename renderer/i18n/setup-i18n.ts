import i18next, { type InitOptions } from 'i18next';
import { initReactI18next } from 'react-i18next';

// One JSON file per screen area and language (`locales/<lng>/<area>.json`), so features can add
// their strings without editing a shared file. All are bundled: nothing is fetched at runtime.
const files = import.meta.glob<Record<string, unknown>>('../locales/*/*.json', {
  eager: true,
  import: 'default',
});

/** Merges every area file of one language into a single `translation` resource. */
function stringsFor(language: string): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const [file, strings] of Object.entries(files)) {
    if (file.split('/').at(-2) === language) Object.assign(merged, strings);
  }
  return merged;
}

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

/**
 * Where a missing interface string is looked up next. Javanese readers all read Indonesian, the
 * complete reference. A language only the collection adds (say Dutch or Japanese) has no interface
 * strings at all; its visitors are more likely to read English, then Indonesian.
 */
export function interfaceFallback(code: string): string[] {
  if (code === 'id') return [];
  if (isUiLanguage(code)) return ['id'];
  return ['en', 'id'];
}

/**
 * i18next's options: every bundled string, Indonesian as the reference. Shared by the page's start
 * (setupI18n) and the component tests, so a test renders exactly the strings a visitor reads.
 */
export function i18nOptions(language: string): InitOptions {
  return {
    resources: Object.fromEntries(UI_LANGUAGES.map((lng) => [lng, { translation: stringsFor(lng) }])),
    lng: language,
    // Indonesian is the complete reference; a missing string never shows as a raw key.
    fallbackLng: (code) => interfaceFallback(code),
    interpolation: { escapeValue: false },
    initAsync: false,
  };
}

/** Starts i18next with the bundled strings: nothing is loaded over the network. */
export function setupI18n(language: UiLanguage = 'id'): typeof i18next {
  void i18next.use(initReactI18next).init(i18nOptions(language));
  i18next.on('languageChanged', (lng) => document.documentElement.setAttribute('lang', lng));
  document.documentElement.setAttribute('lang', language);
  return i18next;
}
