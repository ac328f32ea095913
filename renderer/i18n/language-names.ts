import { LANGUAGE_NAMES, UI_LANGUAGES, isUiLanguage } from './setup-i18n';

/** A language as the switch offers it: its code and its name written in itself. */
export interface LanguageOption {
  code: string;
  name: string;
}

/**
 * A language's name in itself ("Bahasa Indonesia", "English", "Basa Jawa"); for a language the
 * collection adds, the browser's own name data (bundled with Chromium, nothing fetched).
 */
export function languageName(code: string): string {
  if (isUiLanguage(code)) return LANGUAGE_NAMES[code];
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code);
    return name ? name.charAt(0).toLocaleUpperCase(code) + name.slice(1) : code;
  } catch {
    return code;
  }
}

/**
 * The languages a visitor can choose: the three the interface is written in, then any other the
 * collection's content offers (its screens then read the interface in English, else Indonesian:
 * see interfaceFallback).
 */
export function availableLanguages(collectionLanguages: readonly string[]): string[] {
  return [...new Set([...UI_LANGUAGES, ...collectionLanguages.filter((code) => !isUiLanguage(code))])];
}

/** The switch's buttons for these language codes, each named in itself. */
export function languageOptions(codes: readonly string[]): LanguageOption[] {
  return codes.map((code) => ({ code, name: languageName(code) }));
}
