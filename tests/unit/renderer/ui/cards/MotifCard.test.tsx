import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { MotifCardData } from '../../../../../renderer/ui/cards/card-data';
import { MotifCard } from '../../../../../renderer/ui/cards/MotifCard';

const card: MotifCardData = {
  id: 'parang-rusak',
  name: 'Parang Rusak',
  family: 'Parang',
  thumb: 'collection/media/parang-400.webp',
  restricted: false,
};
const render = (data: Partial<MotifCardData> = {}) =>
  renderToStaticMarkup(
    <MotifCard card={{ ...card, ...data }} restrictedLabel="[larangan]" onOpen={() => {}} />,
  );

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
    expect(open).not.toContain('[larangan]');
    const restricted = render({ restricted: true, pieces: '3 pieces' });
    expect(restricted).toContain('<span class="card__fact">3 pieces</span>');
    expect(restricted).toContain('<span class="larangan-badge">[larangan]</span>');
  });
});
