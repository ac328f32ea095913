import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { testI18n } from './render-with-i18n';

/**
 * Testing Library's render options for a part that calls `t()`: it renders inside an i18next of
 * its own with the real strings, in `language`, so a test can query by the names a visitor hears
 * and tap what they tap (`render(<Part />, inLanguage('en'))`).
 */
export function inLanguage(language = 'id') {
  const i18n = testI18n(language);
  return {
    wrapper: ({ children }: { children: ReactNode }) => (
      <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
    ),
  };
}
