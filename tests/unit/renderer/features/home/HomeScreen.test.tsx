// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HomeScreen, type HomeScreenProps } from '../../../../../renderer/features/home/HomeScreen';
import { inLanguage } from '../../../support/i18n-wrapper';

afterEach(cleanup);

const picked = (text: string, lang = 'en', fallback = false) => ({ text, lang, fallback });
const longText = 'North-coast batik, bright and busy. '.repeat(20);
const groups: HomeScreenProps['groups'] = [
  {
    key: 'pesisiran',
    label: picked('North coast'),
    description: picked(longText),
    preview: `${longText.slice(0, 60)}…`,
    count: 1,
    image: 'collection/media/p-512.webp',
  },
  {
    key: 'pedalaman',
    label: picked('Pedalaman', 'id', true),
    description: picked('Batik kraton.', 'id', true),
    preview: 'Batik kraton.',
    count: 26,
  },
];

function show(props: Partial<HomeScreenProps> = {}, language = 'en') {
  const on = { onGroup: vi.fn(), onRead: vi.fn(), onEntry: vi.fn() };
  render(
    <HomeScreen groups={groups} pieceTotal={1_234} reading={null} {...on} {...props} />,
    inLanguage(language),
  );
  return on;
}

describe('HomeScreen', () => {
  it('shows each group as a tile with its piece count, in the plural form of English', () => {
    show();
    expect(screen.getByRole('heading', { level: 1, name: 'Explore the batik collection' })).toBeTruthy();
    const tiles = within(screen.getByRole('region', { name: 'Collection groups' })).getAllByRole('listitem');
    expect(tiles.map((tile) => tile.querySelector('.home-group__count')!.textContent)).toEqual([
      '1 cloth',
      '26 cloths',
    ]);
    // A group text that fell back says in which language it is.
    expect(tiles[1]!.querySelector('.home-group__label [data-fallback-lang="id"]')!.textContent).toBe(
      '(Bahasa Indonesia)',
    );
  });

  it('offers the other ways in, the whole collection counted', () => {
    show();
    const entries = within(screen.getByRole('navigation', { name: 'Other ways to explore' }));
    expect(entries.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'MotifsWhat each motif means and where it comes from',
      'SearchType a name, a motif or a place',
      'ColoursExplore by colour and dye',
      'All cloths1,234 cloths',
    ]);
  });

  it('reads in Indonesian and Javanese with their one form and digit grouping', () => {
    show({}, 'id');
    expect(screen.getByRole('button', { name: /^Semua kain/ }).textContent).toBe('Semua kain1.234 kain');
    expect(document.querySelector('.home-group__count')!.textContent).toBe('1 kain');
    cleanup();
    show({}, 'jv');
    expect(screen.getByRole('navigation', { name: 'Cara sanesipun kangge njelajahi' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Sedaya kain/ }).textContent).toBe('Sedaya kain1.234 kain');
  });

  it('opens a group, or another way in, when tapped', async () => {
    const user = userEvent.setup();
    const on = show();
    await user.click(screen.getByRole('button', { name: /^Pedalaman/ }));
    await user.click(screen.getByRole('button', { name: /^Colours/ }));
    await user.click(screen.getByRole('button', { name: /^All cloths/ }));
    expect(on.onGroup.mock.calls).toEqual([['pedalaman']]);
    expect(on.onEntry.mock.calls).toEqual([['colours'], ['all']]);
  });

  it('offers "read it all" only beside a tile whose description is cut, and asks to open it', async () => {
    const user = userEvent.setup();
    const on = show();
    const more = screen.getAllByRole('button', { name: /^Read it all/ });
    expect(more.map((b) => b.getAttribute('aria-label'))).toEqual(['Read it all: North coast']);
    await user.click(more[0]!);
    expect(on.onRead.mock.calls).toEqual([['pesisiran']]);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows the open group text whole in a dialog, which asks to close', async () => {
    const user = userEvent.setup();
    const on = show({ reading: 'pesisiran' });
    const dialog = screen.getByRole('dialog', { name: 'North coast' });
    expect(dialog.querySelector('.reading-text')!.textContent!.trim()).toBe(longText.trim());
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(on.onRead.mock.calls).toEqual([[null]]);
  });
});
