import { describe, expect, it } from 'vitest';
import { FirstRunProgress } from '../../../../../renderer/features/boot/FirstRunProgress';
import { renderWithI18n } from '../../../support/render-with-i18n';

describe('FirstRunProgress', () => {
  it('counts the parts once their number is known, and not before', () => {
    const counted = renderWithI18n(<FirstRunProgress progress={{ done: 3, total: 12 }} />, 'id');
    expect(counted).toContain('<h1 id="first-run-title">Menyiapkan koleksi</h1>');
    expect(counted).toContain('<p aria-live="polite">3 dari 12 bagian</p>');
    expect(counted).toContain('max="12" value="3"');
    const waiting = renderWithI18n(<FirstRunProgress />, 'en');
    expect(waiting).toContain('Preparing the collection');
    expect(waiting).not.toContain('aria-live');
    expect(waiting).not.toContain('value=');
  });
});
