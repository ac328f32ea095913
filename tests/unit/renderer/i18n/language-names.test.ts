import { describe, expect, it } from 'vitest';
import { availableLanguages, languageName, languageOptions } from '../../../../renderer/i18n/language-names';

describe('language options', () => {
  it('offers the three interface languages, then any the collection adds, once each', () => {
    expect(availableLanguages(['id', 'nl', 'en', 'jv'])).toEqual(['id', 'en', 'jv', 'nl']);
    expect(languageOptions(['en', 'jv']).map((o) => o.name)).toEqual(['English', 'Basa Jawa']);
  });
  it('names each language in itself', () => {
    expect(languageName('jv')).toBe('Basa Jawa');
    expect(languageName('nl')).toBe('Nederlands');
    expect(languageName('not a tag')).toBe('not a tag');
  });
});
