import { describe, expect, it } from 'vitest';
import { interfaceFallback } from '../../../../renderer/i18n/setup-i18n';

describe('interface strings for a language without them', () => {
  it('Javanese and English fall back to Indonesian; a language only the collection adds to English first', () => {
    expect(interfaceFallback('jv')).toEqual(['id']);
    expect(interfaceFallback('en')).toEqual(['id']);
    expect(interfaceFallback('nl')).toEqual(['en', 'id']);
    expect(interfaceFallback('id')).toEqual([]);
  });
});
