import { describe, expect, it } from 'vitest';
import {
  AttractScreen,
  type AttractScreenProps,
} from '../../../../../renderer/features/attract/AttractScreen';
import { renderWithI18n } from '../../../support/render-with-i18n';

const base: AttractScreenProps = {
  slides: [],
  slots: [
    { slide: null, role: 'shown', pan: 0 },
    { slide: null, role: 'waiting', pan: 0 },
  ],
  still: false,
  onStart: () => {},
  languages: [
    { code: 'id', name: 'Bahasa Indonesia' },
    { code: 'en', name: 'English' },
  ],
  onChooseLanguage: () => {},
};

describe('AttractScreen', () => {
  it('says "touch to start" in every interface language at once, each marked with its language', () => {
    for (const language of ['id', 'en']) {
      const html = renderWithI18n(<AttractScreen {...base} />, language);
      expect(html).toContain('<span lang="id" class="attract__prompt">Sentuh untuk mulai</span>');
      expect(html).toContain('<span lang="en" class="attract__prompt">Touch to start</span>');
      expect(html).toContain('<span lang="jv" class="attract__prompt">');
    }
  });

  it("heads the loop with the museum's name, or the collection's generic name until it is known", () => {
    expect(renderWithI18n(<AttractScreen {...base} museum="Museum Batik" />)).toContain('>Museum Batik</h1>');
    expect(renderWithI18n(<AttractScreen {...base} />, 'en')).toContain('>Batik collection</h1>');
  });

  it('offers the languages as a named group of buttons, each in its own language', () => {
    const html = renderWithI18n(<AttractScreen {...base} />, 'en');
    expect(html).toContain('role="group" aria-label="Choose a language to start"');
    expect(html).toMatch(/<button[^>]*lang="id"[^>]*>Bahasa Indonesia<\/button>/);
  });
});
