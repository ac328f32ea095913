import { describe, expect, it } from 'vitest';
import type { MotifCardData } from '../../../../../renderer/ui/cards/card-data';
import { MotifCard } from '../../../../../renderer/ui/cards/MotifCard';
import { renderWithI18n } from '../../../support/render-with-i18n';

const card: MotifCardData = {
  id: 'parang-rusak',
  name: 'Parang Rusak',
  family: 'Parang',
  thumb: 'collection/media/parang-400.webp',
  restricted: false,
};
const render = (data: Partial<MotifCardData> = {}, language = 'id') =>
  renderWithI18n(<MotifCard card={{ ...card, ...data }} onOpen={() => {}} />, language);
const fact = (html: string) => /<span class="card__fact">([^<]*)<\/span>/.exec(html)?.[1];

describe('MotifCard', () => {
  it('is a card in the piece cards frame: name first, family as its kind, drawing decorative', () => {
    const html = render();
    expect(html).toMatch(/^<button type="button" class="kit-pressable card motif-card"/);
    expect(html).toContain(
      '<span class="card__title">Parang Rusak</span><span class="card__kind">Parang</span>',
    );
    expect(html).toContain('<img src="collection/media/parang-400.webp" alt=""');
  });

  it('shows the piece count only when given and the larangan badge only on a restricted motif', () => {
    const open = render();
    expect(open).not.toContain('card__fact');
    expect(open).not.toContain('larangan-badge');
    const restricted = render({ restricted: true, pieceCount: 3 });
    expect(fact(restricted)).toBe('3 kain');
    expect(restricted).toContain('<span class="larangan-badge">Motif larangan</span>');
  });

  it('words the count in the plural form of the language', () => {
    expect(fact(render({ pieceCount: 1 }, 'en'))).toBe('1 cloth');
    expect(fact(render({ pieceCount: 0 }, 'en'))).toBe('0 cloths');
    expect(fact(render({ pieceCount: 1_200 }, 'en'))).toBe('1,200 cloths');
    expect(fact(render({ pieceCount: 1 }, 'jv'))).toBe('1 kain');
    expect(fact(render({ pieceCount: 1_200 }, 'id'))).toBe('1.200 kain');
  });
});
