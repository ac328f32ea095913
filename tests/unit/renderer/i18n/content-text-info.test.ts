import { describe, expect, it } from 'vitest';
import { pickTextInfo } from '../../../../renderer/i18n/content-text';

describe('pickTextInfo: the fallback flag behind the marker', () => {
  const fallback = ['id', 'en'];
  it('is not a fallback in the language asked for', () => {
    expect(pickTextInfo({ id: 'Kain', jv: 'Sinjang' }, 'jv', fallback)).toEqual({
      text: 'Sinjang',
      lang: 'jv',
      fallback: false,
    });
  });
  it('names the language it fell back to', () => {
    expect(pickTextInfo({ id: 'Kain', en: 'Cloth' }, 'jv', fallback)).toEqual({
      text: 'Kain',
      lang: 'id',
      fallback: true,
    });
    expect(pickTextInfo({ nl: 'Doek' }, 'en', fallback)).toEqual({
      text: 'Doek',
      lang: 'nl',
      fallback: true,
    });
  });
  it('has no language and no marker for a missing text', () => {
    expect(pickTextInfo(undefined, 'en', fallback)).toEqual({ text: '', lang: '', fallback: false });
  });
});
