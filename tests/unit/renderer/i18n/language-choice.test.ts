import { describe, expect, it } from 'vitest';
import { offeredLanguages, startLanguage } from '../../../../renderer/i18n/language-choice';

const collection = { languages: ['id', 'en', 'jv'], defaultLanguage: 'id' };

describe('offeredLanguages', () => {
  it("offers the collection's languages in its order without a kiosk setting", () => {
    expect(offeredLanguages(collection.languages, null)).toEqual(['id', 'en', 'jv']);
    expect(offeredLanguages(collection.languages, { languages: null, defaultLanguage: null })).toEqual([
      'id',
      'en',
      'jv',
    ]);
  });

  it("narrows and reorders by the kiosk's list, leaving out what the collection lacks", () => {
    const settings = { languages: ['en', 'nl', 'id'], defaultLanguage: null };
    expect(offeredLanguages(collection.languages, settings)).toEqual(['en', 'id']);
  });

  it("falls back to the collection's list when the kiosk's names none of its languages", () => {
    expect(offeredLanguages(collection.languages, { languages: ['nl'], defaultLanguage: null })).toEqual([
      'id',
      'en',
      'jv',
    ]);
  });
});

describe('startLanguage', () => {
  it("starts in the kiosk's default when offered", () => {
    expect(startLanguage(collection, { languages: null, defaultLanguage: 'en' })).toBe('en');
  });

  it("uses the collection's default without a kiosk setting, or when the kiosk's is not offered", () => {
    expect(startLanguage(collection, undefined)).toBe('id');
    expect(startLanguage(collection, { languages: null, defaultLanguage: 'nl' })).toBe('id');
  });

  it("starts in the first offered language when the collection's default is not offered", () => {
    expect(startLanguage(collection, { languages: ['jv', 'en'], defaultLanguage: null })).toBe('jv');
  });
});
