import { createInstance, type i18n } from 'i18next';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { i18nOptions } from '../../../renderer/i18n/setup-i18n';

/** An i18next of its own with the bundled strings and the page's options, in `language`. */
export function testI18n(language = 'id'): i18n {
  const instance = createInstance();
  // initAsync is off and every string is bundled, so the instance is ready when init returns.
  void instance.init(i18nOptions(language));
  return instance;
}

/**
 * Renders a screen or part to HTML as a visitor in `language` would read it: the real strings of
 * renderer/locales, not stand-ins, so a test asserts what the kiosk says.
 */
export function renderWithI18n(element: ReactElement, language = 'id'): string {
  return renderToStaticMarkup(<I18nextProvider i18n={testI18n(language)}>{element}</I18nextProvider>);
}
