import { describe, expect, it } from 'vitest';
import type { PieceRecord, TermRecord } from '../../../electron/shared/collection-records';
import { homeGroups } from '../../../renderer/features/home/home-groups';
import { pickTextInfo } from '../../../renderer/i18n/content-text';
import { interfaceFallback } from '../../../renderer/i18n/setup-i18n';
import { availableLanguages, languageName, languageOptions } from '../../../renderer/i18n/language-names';

const term = (key: string, order: number): TermRecord => ({
  id: `group:${key}`,
  vocab: 'group',
  key,
  label: { id: `Batik ${key}` },
  order,
  hash: key,
});
const piece = (id: string, group: string, withImage = true) =>
  ({ id, group, media: withImage ? [{ view: 'full' }] : [] }) as unknown as PieceRecord;

describe('homeGroups', () => {
  const terms = new Map(
    [term('pedalaman', 1), term('pesisiran', 0), term('kontemporer', 2)].map((t) => [t.id, t]),
  );
  terms.set('colour:soga', { ...term('soga', 0), id: 'colour:soga', vocab: 'colour' });

  it("lists the group vocabulary in the curator's order with a count per group", () => {
    const groups = homeGroups(terms, [
      piece('a', 'pesisiran'),
      piece('b', 'pesisiran'),
      piece('c', 'pedalaman'),
    ]);
    expect(groups.map((g) => [g.key, g.count])).toEqual([
      ['pesisiran', 2],
      ['pedalaman', 1],
      ['kontemporer', 0],
    ]);
  });
  it('picks the first piece with an image as the sample, and keeps groups without a term', () => {
    const groups = homeGroups(terms, [
      piece('a', 'pesisiran', false),
      piece('b', 'pesisiran'),
      piece('x', 'lain'),
    ]);
    expect(groups[0]?.sample?.id).toBe('b');
    expect(groups.at(-1)).toMatchObject({ key: 'lain', count: 1, term: undefined });
  });
  it("falls back to the museum's five groups when the vocabulary is missing", () => {
    expect(homeGroups(new Map(), []).map((g) => g.key)).toEqual([
      'mancanegara',
      'nusantara',
      'pedalaman',
      'pesisiran',
      'kontemporer',
    ]);
  });
});

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

describe('interface strings for a language without them', () => {
  it('Javanese and English fall back to Indonesian; a language only the collection adds to English first', () => {
    expect(interfaceFallback('jv')).toEqual(['id']);
    expect(interfaceFallback('en')).toEqual(['id']);
    expect(interfaceFallback('nl')).toEqual(['en', 'id']);
    expect(interfaceFallback('id')).toEqual([]);
  });
});
