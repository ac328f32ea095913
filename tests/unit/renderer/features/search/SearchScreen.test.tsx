// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchScreen, type SearchScreenProps } from '../../../../../renderer/features/search/SearchScreen';
import type { MotifCardData, PieceCardData } from '../../../../../renderer/ui/cards/card-data';
import { inLanguage } from '../../../support/i18n-wrapper';

afterEach(cleanup);

const none = () => {};
const motif = (id: string, name: string, restricted = false): MotifCardData => ({
  id,
  name,
  family: 'Ceplok',
  restricted,
});
const piece = (id: string, title: string): PieceCardData => ({
  id,
  title,
  motifs: 'Kawung',
  date: '1930',
  group: 'Batik Pedalaman',
  alt: '',
});

const base: SearchScreenProps = {
  text: '',
  answered: '',
  phase: 'empty',
  index: 'complete',
  found: { motifs: 0, pieces: 0 },
  motifCards: [],
  pieces: [],
  suggestions: [],
  popular: [],
  recent: [],
  onText: none,
  onSubmit: none,
  onOpenMotif: none,
  onOpenPiece: none,
  onPopular: none,
};

/** What a visitor sees after typing "kawung": two motifs, and the best two of sixty pieces. */
const results: SearchScreenProps = {
  ...base,
  text: 'kawung',
  answered: 'kawung',
  phase: 'results',
  found: { motifs: 2, pieces: 60 },
  motifCards: [motif('kawung', 'Kawung'), motif('kawung-picis', 'Kawung Picis', true)],
  pieces: [
    { card: piece('p1', 'Kain Kawung'), byName: true },
    { card: piece('p2', 'Selendang Solo'), byName: false },
  ],
};

const section = (name: string) => within(screen.getByRole('region', { name }));

describe('SearchScreen', () => {
  it('heads the entry with a named field, its hint, and the keyboard, all in the language', () => {
    render(<SearchScreen {...base} text="kaw" />, inLanguage('en'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Search the collection');
    const field = screen.getByRole('searchbox', { name: 'Search words' });
    expect(field.getAttribute('placeholder')).toBe('Motif, cloth or place name…');
    expect((field as HTMLInputElement).value).toBe('kaw');
    expect(screen.getByRole('group', { name: 'Keyboard' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(
      'Type on the keyboard on the screen; results appear as you type.',
    );
  });

  it('hands every key to the text and the search key to submit', async () => {
    const user = userEvent.setup();
    const onText = vi.fn();
    const onSubmit = vi.fn();
    render(<SearchScreen {...base} text="kawun" onText={onText} onSubmit={onSubmit} />, inLanguage('id'));
    await user.click(screen.getByRole('button', { name: 'g' }));
    await user.click(screen.getByRole('button', { name: 'Cari' }));
    expect(onText.mock.calls).toEqual([['kawung']]);
    expect(onSubmit.mock.calls).toEqual([['kawung']]);
  });

  it('lists motifs and pieces under headings that count them all, saying when only the best are shown', () => {
    render(<SearchScreen {...results} />, inLanguage('en'));
    expect(screen.getByRole('status').textContent).toBe('Found 2 motifs and 60 cloths.');
    const motifs = section('Motifs (2)');
    expect(motifs.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'KawungCeplok',
      'Kawung PicisCeplokRestricted motif',
    ]);
    const pieces = section('Cloths (60)');
    expect(pieces.getByText('Showing the top 2 of 60 cloths.')).toBeTruthy();
    expect(pieces.getAllByRole('button')).toHaveLength(2);
  });

  it('says which pieces were found by something other than their name', () => {
    render(<SearchScreen {...results} />, inLanguage('id'));
    const note = 'Cocok dengan keterangan lain atau ejaan yang mirip';
    const pieces = section('Kain (60)');
    expect(pieces.getByRole('button', { name: /^Kain Kawung/ }).textContent).not.toContain(note);
    expect(pieces.getByRole('button', { name: /^Selendang Solo/ }).textContent).toContain(note);
  });

  it('opens a tapped motif or piece', async () => {
    const user = userEvent.setup();
    const onOpenMotif = vi.fn();
    const onOpenPiece = vi.fn();
    render(
      <SearchScreen {...results} onOpenMotif={onOpenMotif} onOpenPiece={onOpenPiece} />,
      inLanguage('en'),
    );
    await user.click(screen.getByRole('button', { name: /^Kawung Picis/ }));
    await user.click(screen.getByRole('button', { name: /^Selendang Solo/ }));
    expect(onOpenMotif.mock.calls).toEqual([['kawung-picis']]);
    expect(onOpenPiece.mock.calls).toEqual([['p2']]);
  });

  it('offers near spellings and popular motifs when nothing matches, and no result lists', async () => {
    const user = userEvent.setup();
    const onText = vi.fn();
    const onPopular = vi.fn();
    render(
      <SearchScreen
        {...base}
        text="kawong"
        answered="kawong"
        phase="none"
        suggestions={['kawung']}
        popular={[{ id: 'parang', name: 'Parang' }]}
        onText={onText}
        onPopular={onPopular}
      />,
      inLanguage('en'),
    );
    expect(screen.getByRole('status').textContent).toBe('Nothing matches “kawong”.');
    expect(screen.queryByRole('region', { name: /^Motifs/ })).toBeNull();
    await user.click(section('Did you mean').getByRole('button', { name: 'kawung' }));
    await user.click(section('Try these motifs').getByRole('button', { name: 'Parang' }));
    expect(onText.mock.calls).toEqual([['kawung']]);
    expect(onPopular.mock.calls).toEqual([['parang']]);
  });

  it('puts a recent search back into the field with one tap', async () => {
    const user = userEvent.setup();
    const onText = vi.fn();
    render(<SearchScreen {...base} recent={['parang rusak']} onText={onText} />, inLanguage('jv'));
    await user.click(section('Pamadosan pungkasan').getByRole('button', { name: 'parang rusak' }));
    expect(onText.mock.calls).toEqual([['parang rusak']]);
  });
});
