import { describe, expect, it } from 'vitest';
import { pickText } from '../../../../renderer/i18n/content-text';

describe('pickText: content language with the collection fallback order', () => {
  const fallback = ['id', 'en'];
  it('uses the visitor language when the text has it', () => {
    expect(pickText({ id: 'Kain', en: 'Cloth', jv: 'Sinjang' }, 'jv', fallback)).toBe('Sinjang');
  });
  it('falls back in the manifest order, skipping empty strings', () => {
    expect(pickText({ id: '', en: 'Cloth' }, 'jv', fallback)).toBe('Cloth');
    expect(pickText({ id: 'Kain', en: 'Cloth' }, 'jv', fallback)).toBe('Kain');
  });
  it('shows any language rather than nothing, and nothing for a missing map', () => {
    expect(pickText({ nl: 'Doek' }, 'en', fallback)).toBe('Doek');
    expect(pickText(undefined, 'en', fallback)).toBe('');
  });
});
