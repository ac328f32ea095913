// @vitest-environment happy-dom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowseGrid } from '../../../../../renderer/features/browse/BrowseGrid';
import type { PieceCardData } from '../../../../../renderer/ui/cards/card-data';
import { inLanguage } from '../../../support/i18n-wrapper';

const none = () => {};
const card = (id: string): PieceCardData => ({
  id,
  title: `Kain ${id}`,
  motifs: 'Kawung',
  date: '1930',
  group: 'Batik Pedalaman',
  thumb: `collection/media/${id}-512.webp`,
  alt: '',
});
const ids = Array.from({ length: 300 }, (_, i) => `p${i}`);
const cards = new Map(ids.map((id) => [id, card(id)]));

// happy-dom lays nothing out: a 1000 px square scroller shows three columns, and rows keep the
// estimated height (470 px), so the grid keeps 3 visible + 1 + 2 x 2 overscan = 8 rows.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(1000);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function renderGrid() {
  const { container } = render(
    <BrowseGrid
      ids={ids}
      cardFor={(id) => cards.get(id)}
      onOpen={none}
      initialOffset={0}
      onScrollOffset={none}
      resetKey=""
    />,
    inLanguage('en'),
  );
  const scroller = container.querySelector<HTMLElement>('.browse-grid-scroller')!;
  const rows = () => [...container.querySelectorAll<HTMLElement>('.browse-grid__row')];
  const scrollTo = (top: number) =>
    act(() => {
      scroller.scrollTop = top;
      scroller.dispatchEvent(new Event('scroll'));
    });
  return { rows, scrollTo };
}

const titles = (row: HTMLElement) => [...row.querySelectorAll('.card__title')].map((t) => t.textContent);

describe('BrowseGrid', () => {
  it('keeps the same row, cell and button elements when the grid scrolls by a row, showing the next pieces in them', () => {
    const grid = renderGrid();
    const before = grid.rows();
    expect(before).toHaveLength(8);
    expect(titles(before[0])).toEqual(['Kain p0', 'Kain p1', 'Kain p2']);
    const buttons = before.flatMap((row) => [...row.querySelectorAll('button')]);

    // Row 3 at the top: rows 1-8 are drawn, and row 0's element now shows row 8.
    grid.scrollTo(3 * 470);
    const after = grid.rows();
    expect(new Set(after)).toEqual(new Set(before));
    expect(after.flatMap((row) => [...row.querySelectorAll('button')])).toHaveLength(buttons.length);
    for (const button of after.flatMap((row) => [...row.querySelectorAll('button')]))
      expect(buttons).toContain(button);
    expect(titles(before[0])).toEqual(['Kain p24', 'Kain p25', 'Kain p26']);
    // In reading order still: the reused row moved to the end, where it is shown.
    expect(titles(after[0])).toEqual(['Kain p3', 'Kain p4', 'Kain p5']);
    expect(after.at(-1)).toBe(before[0]);
    expect(before[0].querySelector('[role="listitem"]')!.getAttribute('aria-posinset')).toBe('25');
  });

  it('gives a reused card a new image element, so it never shows the previous piece while loading', () => {
    const grid = renderGrid();
    const row = grid.rows()[0];
    const image = row.querySelector('img')!;
    expect(image.getAttribute('src')).toBe('collection/media/p0-512.webp');
    grid.scrollTo(3 * 470);
    const reused = row.querySelector('img')!;
    expect(reused).not.toBe(image);
    expect(reused.getAttribute('src')).toBe('collection/media/p24-512.webp');
  });
});
