import type { KioskSettings } from '../../electron/shared/kiosk-api';

type LanguageSettings = Pick<KioskSettings, 'languages' | 'defaultLanguage'> | null | undefined;

/**
 * The languages the switch offers: the available ones (the interface's and the collection's),
 * narrowed and reordered by the kiosk config's `languages` when it names some. A configured
 * language that is not available is left out (there would be nothing to show in it); a config that
 * leaves none falls back to the whole list, so a typo never strands visitors without a language.
 */
export function offeredLanguages(available: readonly string[], settings: LanguageSettings): string[] {
  const wanted = settings?.languages?.filter((code) => available.includes(code)) ?? [];
  return wanted.length > 0 ? wanted : [...available];
}

/**
 * The language every visit starts in: the kiosk config's `defaultLanguage` when it is offered,
 * else the collection's default when that is offered, else the first offered language.
 */
export function startLanguage(
  available: { languages: readonly string[]; defaultLanguage: string },
  settings: LanguageSettings,
): string {
  const offered = offeredLanguages(available.languages, settings);
  const configured = settings?.defaultLanguage;
  if (configured && offered.includes(configured)) return configured;
  return offered.includes(available.defaultLanguage) ? available.defaultLanguage : offered[0];
}
