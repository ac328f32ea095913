import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { PieceCardData } from '../../../../../renderer/ui/cards/card-data';
import { PieceCard } from '../../../../../renderer/ui/cards/PieceCard';

const card: PieceCardData = {
  id: 'p1',
  title: 'Jlamprang cloth',
  motifs: 'Jlamprang, Buketan',
  date: 'about 1925',
  group: 'North-coast batik',
  thumb: 'collection/media/a-512.webp',
  alt: 'A red cloth.',
  placeholder: 'rgb(120, 40, 30)',
};
const render = (props: Partial<Parameters<typeof PieceCard>[0]> = {}) =>
  renderToStaticMarkup(<PieceCard card={card} onOpen={() => {}} {...props} />);
/** The text of each element of the card with the given class, in DOM order. */
const texts = (html: string, cls: string) =>
  [...html.matchAll(new RegExp(`<span class="${cls}">([^<]*)</span>`, 'g'))].map((m) => m[1]);

describe('PieceCard', () => {
  it('is one pressable button, the title first for screen readers and the picture described', () => {
    const html = render();
    expect(html).toMatch(/^<button type="button" class="kit-pressable card piece-card" data-variant="whole"/);
    expect(html.indexOf('card__title')).toBeLessThan(html.indexOf('card__picture'));
    expect(html).toContain('<img src="collection/media/a-512.webp" alt="A red cloth."');
    expect(html).toContain('style="background-color:rgb(120, 40, 30)"');
  });

  it('offers the card crops with the width the picture is drawn at, the thumbnail the fallback', () => {
    const srcSet = 'collection/media/a-card-336.jpg 336w, collection/media/a-card-672.jpg 672w';
    const cropped = { ...card, srcSet };
    const attrs = (html: string) => /<img ([^>]*)>/.exec(html)![1];
    expect(attrs(render({ card: cropped, sizes: '325px' }))).toContain(
      `src="collection/media/a-512.webp" srcSet="${srcSet}" sizes="325px"`,
    );
    // Without a width from the screen: about a grid's card, or a small card's 220 px.
    expect(attrs(render({ card: cropped }))).toContain('sizes="400px"');
    expect(attrs(render({ card: cropped, variant: 'small' }))).toContain('sizes="220px"');
    // A collection built before the crops: the thumbnail alone, no empty srcset or sizes.
    expect(attrs(render({ sizes: '325px' }))).not.toMatch(/srcSet|sizes/);
  });

  it('loads its picture lazily unless the grid holding it asks for it at once', () => {
    const loading = (html: string) => /<img [^>]*loading="([a-z]+)"/.exec(html)?.[1];
    expect(loading(render())).toBe('lazy');
    expect(loading(render({ variant: 'even', loading: 'eager' }))).toBe('eager');
  });

  it('shows only the tint in the picture place while the picture waits (a grid being flung)', () => {
    const html = render({ variant: 'even', loading: 'eager', pictureWaits: true });
    expect(html).not.toContain('<img');
    expect(html).toContain('<span class="card__picture" style="background-color:rgb(120, 40, 30)"></span>');
    expect(render({ variant: 'even', loading: 'eager', pictureWaits: false })).toContain('<img');
  });

  it('shows motifs, date and group (the group as the kind of piece), and a search note when given', () => {
    const html = render({ card: { ...card, note: 'found in: description' } });
    expect(texts(html, 'card__title')).toEqual(['Jlamprang cloth']);
    expect(texts(html, 'card__fact')).toEqual(['Jlamprang, Buketan', 'about 1925']);
    expect(texts(html, 'card__kind')).toEqual(['North-coast batik']);
    expect(texts(html, 'card__note')).toEqual(['found in: description']);
  });

  it('leaves out empty lines, except in the even variant, where every card keeps every line', () => {
    const sparse = { ...card, motifs: '', date: '' };
    expect(texts(render({ card: sparse }), 'card__fact')).toEqual([]);
    const even = render({ card: sparse, variant: 'even' });
    expect(even).toContain('data-variant="even"');
    expect(texts(even, 'card__facts')).toEqual(['\n\nNorth-coast batik']);
  });

  it('the even variant writes the three facts as three lines of one text, a fact never on two', () => {
    const even = render({
      card: { ...card, motifs: 'Jlamprang,\r\n  Buketan' },
      variant: 'even',
    });
    expect(texts(even, 'card__facts')).toEqual(['Jlamprang, Buketan\nabout 1925\nNorth-coast batik']);
    // One block of text instead of a span per fact (what the browse grid lays out per card).
    expect(even).not.toContain('card__fact"');
    expect(even).not.toContain('card__kind');
  });

  it('the small variant shows the title and date only', () => {
    const html = render({ card: { ...card, note: 'found in: description' }, variant: 'small' });
    expect(texts(html, 'card__fact')).toEqual(['about 1925']);
    expect(html).not.toContain('card__kind');
    expect(html).not.toContain('card__note');
  });

  it('without a thumbnail the picture place stays, tinted, and holds no image', () => {
    const html = render({ card: { ...card, thumb: undefined } });
    expect(html).toContain('class="card__picture"');
    expect(html).not.toContain('<img');
  });
});
