import { describe, expect, it } from 'vitest';
import { ColoursScreen } from '../../../../../renderer/features/colours/ColoursScreen';
import type { ColourTile } from '../../../../../renderer/features/colours/colour-tiles';
import { renderWithI18n } from '../../../support/render-with-i18n';

const tile = (key: string, count: number): ColourTile => ({
  key,
  label: key,
  hex: '#123456',
  count,
  description: '',
});
const tiles = [tile('indigo', 1), tile('soga', 2), tile('mengkudu', 12_345)];
const counts = (html: string) =>
  [...html.matchAll(/<span class="colour-tile__count">([^<]*)<\/span>/g)].map((m) => m[1]);

describe('ColoursScreen', () => {
  it('heads the list and counts pieces in the plural form of the language', () => {
    const en = renderWithI18n(<ColoursScreen tiles={tiles} onPick={() => {}} />, 'en');
    expect(en).toContain('Browse by colour</h1>');
    expect(en).toContain('aria-label="Colours and dye families"');
    expect(counts(en)).toEqual(['1 piece', '2 pieces', '12,345 pieces']);
  });

  it('has one form in Indonesian and Javanese, with their own digit grouping', () => {
    const id = renderWithI18n(<ColoursScreen tiles={tiles} onPick={() => {}} />, 'id');
    expect(id).toContain('Jelajahi menurut warna</h1>');
    expect(counts(id)).toEqual(['1 kain', '2 kain', '12.345 kain']);
    const jv = renderWithI18n(<ColoursScreen tiles={tiles} onPick={() => {}} />, 'jv');
    expect(counts(jv)).toEqual(['1 kain', '2 kain', '12.345 kain']);
  });

  it('falls back to the English forms for a language only the collection adds', () => {
    const nl = renderWithI18n(<ColoursScreen tiles={tiles} onPick={() => {}} />, 'nl');
    expect(counts(nl)).toEqual(['1 piece', '2 pieces', '12.345 pieces']);
  });
});
