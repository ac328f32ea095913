import { describe, expect, it } from 'vitest';
import { OutOfOrderScreen } from '../../../../../renderer/features/admin/OutOfOrderScreen';
import { renderWithI18n } from '../../../support/render-with-i18n';

describe('OutOfOrderScreen', () => {
  it('shows the notice in Indonesian first, then in English, whatever the page language', () => {
    for (const language of ['id', 'en', 'jv']) {
      const html = renderWithI18n(<OutOfOrderScreen />, language);
      expect(html).toContain(
        '<div lang="id"><h1 class="out-of-order__title">Mohon maaf, kios ini sedang tidak dapat digunakan.</h1>',
      );
      expect(html).toContain(
        '<div lang="en"><h2 class="out-of-order__title">Sorry, this kiosk is not available at the moment.</h2>',
      );
      expect(html.indexOf('lang="id"')).toBeLessThan(html.indexOf('lang="en"'));
    }
  });
});
