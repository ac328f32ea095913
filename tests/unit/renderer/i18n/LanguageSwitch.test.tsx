import { describe, expect, it } from 'vitest';
import { LanguageSwitch } from '../../../../renderer/i18n/LanguageSwitch';
import { renderWithI18n } from '../../support/render-with-i18n';

const options = [
  { code: 'id', name: 'Bahasa Indonesia' },
  { code: 'en', name: 'English' },
];

describe('LanguageSwitch', () => {
  it('is the chrome\'s "choose a language" group unless told otherwise, the language in use pressed', () => {
    const html = renderWithI18n(<LanguageSwitch options={options} current="en" onSelect={() => {}} />, 'en');
    expect(html).toContain('role="group" aria-label="Choose a language"');
    expect(html).toMatch(/lang="en"[^>]*aria-pressed="true"[^>]*>English<\/button>/);
    expect(html).toMatch(/lang="id"[^>]*aria-pressed="false"[^>]*>Bahasa Indonesia<\/button>/);
    expect(renderWithI18n(<LanguageSwitch options={options} onSelect={() => {}} />, 'id')).toContain(
      'aria-label="Pilih bahasa"',
    );
  });

  it('takes another name where it asks something else, and then presses none', () => {
    const html = renderWithI18n(<LanguageSwitch label="Start in…" options={options} onSelect={() => {}} />);
    expect(html).toContain('aria-label="Start in…"');
    expect(html).not.toContain('aria-pressed');
  });
});
