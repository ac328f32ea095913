import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { testI18n } from './render-with-i18n';

/**
 * Mounts a screen or part in the test's DOM (happy-dom) as a visitor in `language` would meet it,
 * with the real strings of renderer/locales, so a test can find it by role and name and tap it.
 * The caller cleans up after each test (`afterEach(cleanup)`), as vitest runs without globals.
 */
export function renderDomWithI18n(element: ReactElement, language = 'id'): RenderResult {
  const i18n = testI18n(language);
  return render(element, {
    wrapper: ({ children }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>,
  });
}
