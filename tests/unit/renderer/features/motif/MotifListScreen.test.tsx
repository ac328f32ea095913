// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  MotifListScreen,
  type MotifListGroup,
  type MotifListScreenProps,
} from '../../../../../renderer/features/motif/MotifListScreen';
import type { MotifCardData } from '../../../../../renderer/ui/cards/card-data';
import { inLanguage } from '../../../support/i18n-wrapper';

afterEach(cleanup);

const card = (id: string, name: string, pieceCount: number, restricted = false): MotifCardData => ({
  id,
  name,
  family: '',
  restricted,
  pieceCount,
});
const groups: MotifListGroup[] = [
  { family: 'ceplok', label: 'Ceplok', cards: [card('kawung', 'Kawung', 1), card('truntum', 'Truntum', 0)] },
  { family: 'lereng', label: 'Lereng', cards: [card('parang-rusak', 'Parang Rusak', 12, true)] },
];

const show = (props: Partial<MotifListScreenProps> = {}, language = 'en') =>
  render(
    <MotifListScreen groups={groups} family={null} onFamily={() => {}} onOpen={() => {}} {...props} />,
    inLanguage(language),
  );
/** The tiles' texts, in the list named by the screen's title. */
const tiles = (title = 'Batik motifs') =>
  within(screen.getByRole('list', { name: title }))
    .getAllByRole('button')
    .map((b) => b.textContent);

describe('MotifListScreen', () => {
  it('heads the list with how many motifs the collection has', () => {
    show();
    expect(screen.getByRole('heading', { level: 1, name: 'Batik motifs' })).toBeTruthy();
    expect(screen.getByText(/^3 motifs in this collection\. Touch a motif/)).toBeTruthy();
  });

  it('says "1 motif" in English for a collection of one motif', () => {
    show({ groups: [{ family: 'ceplok', label: 'Ceplok', cards: [card('kawung', 'Kawung', 1)] }] });
    expect(screen.getByText(/^1 motif in this collection\. Touch a motif/)).toBeTruthy();
  });

  it('shows every motif with its piece count in the plural form of English, the larangan one marked', () => {
    show();
    expect(tiles()).toEqual(['Kawung1 cloth', 'Truntum0 cloths', 'Parang Rusak12 clothsRestricted motif']);
  });

  it('counts in the one form of Indonesian and Javanese', () => {
    show({}, 'id');
    expect(tiles('Motif batik')).toEqual([
      'Kawung1 kain',
      'Truntum0 kain',
      'Parang Rusak12 kainMotif larangan',
    ]);
    expect(screen.getByText(/^3 motif dalam koleksi ini\./)).toBeTruthy();
    cleanup();
    show({}, 'jv');
    expect(tiles('Motif bathik')).toEqual([
      'Kawung1 kain',
      'Truntum0 kain',
      'Parang Rusak12 kainMotif awisan',
    ]);
  });

  it('offers a chip per family, the chosen one pressed, and shows only that family', () => {
    show({ family: 'lereng' });
    const chips = within(screen.getByRole('group', { name: 'Show one motif family' })).getAllByRole('button');
    expect(chips.map((c) => [c.textContent, c.getAttribute('aria-pressed')])).toEqual([
      ['All families', 'false'],
      ['Ceplok', 'false'],
      ['Lereng', 'true'],
    ]);
    expect(tiles()).toEqual(['Parang Rusak12 clothsRestricted motif']);
    // The intro still counts the whole collection.
    expect(screen.getByText(/^3 motifs in this collection/)).toBeTruthy();
  });

  it('asks for a family or all of them, and opens the motif tapped', async () => {
    const user = userEvent.setup();
    const onFamily = vi.fn();
    const onOpen = vi.fn();
    show({ family: 'lereng', onFamily, onOpen });
    await user.click(screen.getByRole('button', { name: 'Ceplok' }));
    await user.click(screen.getByRole('button', { name: 'All families' }));
    await user.click(screen.getByRole('button', { name: /^Parang Rusak/ }));
    expect(onFamily.mock.calls).toEqual([['ceplok'], [null]]);
    expect(onOpen.mock.calls).toEqual([['parang-rusak']]);
  });
});
