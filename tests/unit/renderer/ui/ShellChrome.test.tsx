import { describe, expect, it } from 'vitest';
import { ShellChrome, type ShellChromeProps } from '../../../../renderer/ui/ShellChrome';
import { renderWithI18n } from '../../support/render-with-i18n';

const none = () => {};
const base: ShellChromeProps = {
  onHome: none,
  onBack: none,
  languageSwitch: <div>[languages]</div>,
  a11yOpen: false,
  onToggleA11y: none,
  a11yMenu: <div>[a11y menu]</div>,
};

describe('ShellChrome', () => {
  it('names its landmark and buttons in the page language', () => {
    const html = renderWithI18n(<ShellChrome {...base} title="Koleksi Pekalongan" />, 'id');
    expect(html).toContain('<nav class="app-chrome__nav" aria-label="Navigasi">');
    expect(html).toMatch(/<\/svg>Beranda<\/button>/);
    expect(html).toMatch(/<\/svg>Kembali<\/button>/);
    expect(html).toMatch(/<\/svg>Aksesibilitas<\/button>/);
    expect(html).toContain('<span class="app-chrome__title">Koleksi Pekalongan</span>');
    expect(html).not.toContain('[a11y menu]');
  });

  it("shows the collection's generic name until its title is known", () => {
    expect(renderWithI18n(<ShellChrome {...base} />, 'en')).toContain(
      '<span class="app-chrome__title">Batik collection</span>',
    );
  });

  it('opens the accessibility menu with a close button under it', () => {
    const html = renderWithI18n(<ShellChrome {...base} a11yOpen />, 'en');
    expect(html).toContain('aria-expanded="true"');
    expect(html).toMatch(/\[a11y menu\]<\/div><button[^>]*>.*<\/svg>Close<\/button>/);
  });
});
