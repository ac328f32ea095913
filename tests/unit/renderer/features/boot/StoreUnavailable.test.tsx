import { describe, expect, it } from 'vitest';
import { StoreUnavailable } from '../../../../../renderer/features/boot/StoreUnavailable';
import { renderWithI18n } from '../../../support/render-with-i18n';

describe('StoreUnavailable', () => {
  it('explains and offers a retry in the page language', () => {
    const html = renderWithI18n(<StoreUnavailable onRetry={() => {}} />, 'en');
    expect(html).toContain('<h1 id="unavailable-title">The collection cannot be shown yet</h1>');
    expect(html).toContain('>Try again</button>');
  });
});
