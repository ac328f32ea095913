// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowseScreen, type BrowseScreenProps } from '../../../../../renderer/features/browse/BrowseScreen';
import type { PieceCardData } from '../../../../../renderer/ui/cards/card-data';
import { inLanguage } from '../../../support/i18n-wrapper';

const none = () => {};

const card = (id: string): PieceCardData => ({
  id,
  title: `Kain ${id}`,
  motifs: 'Kawung',
  date: '1930',
  group: 'Batik Pedalaman',
  alt: '',
  thumb: `collection/media/${id}-512.webp`,
});
const cards = new Map(['p1', 'p2', 'p3'].map((id) => [id, card(id)]));

const screenProps = (props: Partial<BrowseScreenProps> = {}): BrowseScreenProps => ({
  panel: {
    facets: [{ facet: 'technique', selectedCount: 1 }],
    open: 'technique',
    options: [{ value: 'cap', label: 'Cap', count: 3, selected: true }],
    onOpen: none,
    onToggle: none,
  },
  results: {
    count: 3,
    sort: 'accession',
    onSort: none,
    active: [{ id: 'technique:cap', label: 'Cap' }],
    onRemove: none,
    onClearAll: none,
  },
  grid: {
    ids: [...cards.keys()],
    cardFor: (id) => cards.get(id),
    onOpen: none,
    initialOffset: 0,
    onScrollOffset: none,
    resetKey: '',
  },
  nothing: { lastFilter: 'Cap', onRemoveLast: none, onClearAll: none },
  ...props,
});

// happy-dom lays nothing out; the grid waits for its scroller's width and draws the rows its
// height shows, so give every box the size of a screen.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(1000);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('BrowseScreen', () => {
  it('heads the screen, then the facets, the result line and the grid of pieces', () => {
    render(<BrowseScreen {...screenProps()} />, inLanguage('en'));
    const page = screen.getByRole('region', { name: 'Browse the collection' });
    expect(within(page).getByRole('heading', { level: 1 }).textContent).toBe('Browse the collection');
    expect(within(page).getByRole('navigation', { name: 'Filter the collection' })).toBeTruthy();
    expect(within(page).getByRole('status').textContent).toBe('3 pieces');
    const grid = within(page).getByRole('list', { name: 'Pieces found' });
    expect(within(grid).getAllByRole('listitem')).toHaveLength(3);
    expect(within(page).queryByRole('heading', { name: 'No piece matches' })).toBeNull();
  });

  it('loads the pictures of the grid at once: it holds only the rows near the screen anyway', () => {
    render(<BrowseScreen {...screenProps()} />, inLanguage('en'));
    const pictures = [...screen.getByRole('list', { name: 'Pieces found' }).querySelectorAll('img')];
    expect(pictures.map((img) => img.getAttribute('loading'))).toEqual(['eager', 'eager', 'eager']);
  });

  it('shows tints in the rows a fling brings in, keeps the pictures it had, and draws all once it stops', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      const many = new Map(Array.from({ length: 300 }, (_, i) => [`p${i}`, card(`p${i}`)]));
      const props = screenProps();
      render(
        <BrowseScreen
          {...props}
          grid={props.grid && { ...props.grid, ids: [...many.keys()], cardFor: (id) => many.get(id) }}
        />,
        inLanguage('en'),
      );
      const grid = screen.getByRole('list', { name: 'Pieces found' });
      const scroller = grid.parentElement!;
      let top = 0;
      Object.defineProperty(scroller, 'scrollTop', { configurable: true, get: () => top });
      /** Whether the card at each list place (1-based) shows its picture, for the rows in the DOM. */
      const pictured = () =>
        new Map(
          within(grid)
            .getAllByRole('listitem')
            .map((item) => [Number(item.getAttribute('aria-posinset')), item.querySelector('img') !== null]),
        );
      expect([...pictured().values()].every(Boolean)).toBe(true);
      // A fling: 300 px a frame on a 1,000 px screen (about 19 screens a second).
      for (let i = 0; i < 3; i++) {
        vi.advanceTimersByTime(16);
        top += 300;
        fireEvent.scroll(scroller);
      }
      const flung = pictured();
      expect(flung.get(1)).toBe(true); // the first row was on the screen before the fling
      const tinted = [...flung].filter(([, shown]) => !shown).map(([place]) => place);
      expect(tinted.length).toBeGreaterThan(0);
      expect(Math.min(...tinted)).toBeGreaterThan(3); // only rows that came in during the fling
      for (const place of tinted)
        expect(grid.querySelector(`[aria-posinset="${place}"] .card__picture`)?.tagName).toBe('SPAN');
      // No scroll event for a while: the grid stands still, and every card shows its picture.
      act(() => vi.advanceTimersByTime(200));
      expect([...pictured().values()].every(Boolean)).toBe(true);
      expect(pictured().size).toBe(flung.size);
    } finally {
      vi.useRealTimers();
    }
  });

  it('opens a piece the visitor taps in the grid', async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    const props = screenProps();
    render(<BrowseScreen {...props} grid={props.grid && { ...props.grid, onOpen }} />, inLanguage('id'));
    await user.click(screen.getByRole('button', { name: /^Kain p2/ }));
    expect(onOpen.mock.calls).toEqual([['p2']]);
  });

  it('shows the way back to pieces instead of a grid when nothing matches', async () => {
    const user = userEvent.setup();
    const onRemoveLast = vi.fn();
    const nothing = { lastFilter: 'Cap', onRemoveLast, onClearAll: none };
    render(
      <BrowseScreen
        {...screenProps({ grid: null, nothing, results: { ...screenProps().results, count: 0 } })}
      />,
      inLanguage('id'),
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Jelajahi koleksi');
    expect(screen.getByRole('status').textContent).toBe('0 kain');
    expect(screen.queryByRole('list', { name: 'Kain yang ditemukan' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Tidak ada kain yang cocok' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Hapus saringan terakhir: Cap' }));
    expect(onRemoveLast).toHaveBeenCalledTimes(1);
  });

  it('hands a chip tap in the open facet to the toggle', async () => {
    const user = userEvent.setup();
    const onToggle = vi.fn();
    const props = screenProps();
    render(<BrowseScreen {...props} panel={{ ...props.panel, onToggle }} />, inLanguage('jv'));
    expect(screen.getByRole('tab', { name: /^Teknik/ }).getAttribute('aria-selected')).toBe('true');
    await user.click(within(screen.getByRole('tabpanel')).getByRole('button', { name: 'Cap 3' }));
    expect(onToggle.mock.calls).toEqual([['technique', 'cap']]);
  });
});
