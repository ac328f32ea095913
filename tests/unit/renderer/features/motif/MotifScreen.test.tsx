// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MotifScreen, type MotifScreenProps } from '../../../../../renderer/features/motif/MotifScreen';
import type { MotifCardData, PieceCardData } from '../../../../../renderer/ui/cards/card-data';
import { inLanguage } from '../../../support/i18n-wrapper';

afterEach(cleanup);

const piece = (id: string, title: string): PieceCardData => ({
  id,
  title,
  motifs: 'Kawung',
  date: 'about 1930',
  group: 'Pedalaman',
  alt: '',
});
const motifCard = (id: string, name: string): MotifCardData => ({
  id,
  name,
  family: 'Ceplok',
  restricted: false,
});

const base: MotifScreenProps = {
  name: 'Kawung',
  otherNames: [],
  family: 'Ceplok',
  meaning: { text: 'Four ovals.', lang: 'en', fallback: false },
  history: { text: '', lang: '', fallback: false },
  elements: [],
  swatches: [],
  era: '',
  origins: [],
  notes: [],
  related: [],
  pieces: [],
  onOpenMotif: () => {},
  onOpenPiece: () => {},
  onList: () => {},
};

const show = (props: Partial<MotifScreenProps> = {}, language = 'en') =>
  render(<MotifScreen {...base} {...props} />, inLanguage(language));
const region = (name: string | RegExp) => screen.queryByRole('region', { name });

describe('MotifScreen', () => {
  it('heads the page with the name, its family and the other ways it is written', () => {
    show({ otherNames: ['Kawung Picis', 'Kawung Bribil'] });
    expect(screen.getByRole('heading', { level: 1, name: 'Kawung' })).toBeTruthy();
    expect(screen.getByText('Motif family: Ceplok')).toBeTruthy();
    expect(screen.getByText('Also written: Kawung Picis, Kawung Bribil')).toBeTruthy();
  });

  it('shows the larangan badge, explanation and rule only for a restricted motif', () => {
    show();
    expect(screen.queryByText('Restricted motif')).toBeNull();
    cleanup();
    show({ larangan: { rule: { text: 'Only for the Sultan.', lang: 'en', fallback: false } } });
    const larangan = region('Restricted motif')!;
    expect(larangan.textContent).toContain('under palace rules it was once reserved for the ruler');
    expect(larangan.textContent).toContain('The rule: Only for the Sultan.');
    expect(document.querySelector('.motif-page__header .larangan-badge')!.textContent).toBe(
      'Restricted motif',
    );
  });

  it('leaves out empty sections but always says whether pieces carry the motif', () => {
    show();
    expect(region('Meaning')!.textContent).toContain('Four ovals.');
    for (const name of ['History', 'Elements', 'Typical colours', 'Period', 'Places of origin'])
      expect(region(name)).toBeNull();
    expect(region('Notes: accounts that differ')).toBeNull();
    expect(region('Related motifs')).toBeNull();
    const pieces = region('Cloths with this motif in the collection (0)')!;
    expect(pieces.textContent).toContain('The collection has no cloth with this motif yet.');
  });

  it('lists elements, colours, era, origins and notes, each under its own heading', () => {
    show({
      elements: ['Four ovals', 'A dot'],
      swatches: [
        { key: 'soga', label: 'Soga brown', hex: '#8a5a2b' },
        { key: 'putih', label: 'White' },
      ],
      era: 'Mataram',
      origins: ['Yogyakarta', 'Surakarta'],
      notes: [{ text: 'Some call it kawung picis.', lang: 'en', fallback: false }],
    });
    const items = (name: string) =>
      within(region(name)!)
        .getAllByRole('listitem')
        .map((li) => li.textContent!.trim());
    expect(items('Elements')).toEqual(['Four ovals', 'A dot']);
    expect(items('Typical colours')).toEqual(['Soga brown', 'White']);
    expect(region('Period')!.textContent).toContain('Mataram');
    expect(region('Places of origin')!.textContent).toContain('Yogyakarta, Surakarta');
    expect(items('Notes: accounts that differ')).toEqual(['Some call it kawung picis.']);
  });

  it('marks a text that fell back to another language and sets its lang', () => {
    show({ meaning: { text: 'Empat oval.', lang: 'id', fallback: true } });
    const meaning = region('Meaning')!;
    expect(meaning.querySelector('.reading-text')!.getAttribute('lang')).toBe('id');
    expect(meaning.querySelector('h2 [data-fallback-lang="id"]')!.textContent).toBe('(Bahasa Indonesia)');
  });

  it('captions an illustrative drawing as such and gives it its alt text', () => {
    show({ image: { src: 'collection/media/k.webp', alt: 'Drawing of kawung', illustrative: true } });
    expect(screen.getByRole('img', { name: 'Drawing of kawung' })).toBeTruthy();
    expect(
      screen.getByText('An illustrative drawing of the motif, not a photograph of a cloth.'),
    ).toBeTruthy();
  });

  it('shows the zoom viewer in place of the plain drawing when given one, the callouts after it', () => {
    const { container } = show({
      image: { src: 'collection/media/k.webp', alt: 'Drawing of kawung', illustrative: true },
      viewer: <div role="img" aria-label="Zoomable image: Drawing of kawung" />,
      callouts: <div role="group" aria-label="Motif elements in the picture" />,
    });
    expect(screen.queryByRole('img', { name: 'Drawing of kawung' })).toBeNull();
    const viewer = screen.getByRole('img', { name: 'Zoomable image: Drawing of kawung' });
    expect(viewer.closest('figure')).not.toBeNull();
    const callouts = screen.getByRole('group', { name: 'Motif elements in the picture' });
    // Outside the figure, whose caption stays its last child.
    expect(callouts.closest('figure')).toBeNull();
    expect(container.querySelector('figure > :last-child')?.tagName).toBe('FIGCAPTION');
    expect(viewer.compareDocumentPosition(callouts) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('opens a piece, a related motif or the list when tapped', async () => {
    const user = userEvent.setup();
    const on = { onOpenPiece: vi.fn(), onOpenMotif: vi.fn(), onList: vi.fn() };
    show({
      ...on,
      pieces: [piece('p1', 'Kain kawung'), piece('p2', 'Sarung kawung')],
      related: [motifCard('parang', 'Parang')],
    });
    const pieces = region('Cloths with this motif in the collection (2)')!;
    await user.click(within(pieces).getByRole('button', { name: /^Sarung kawung/ }));
    await user.click(within(region('Related motifs')!).getByRole('button', { name: /^Parang/ }));
    await user.click(screen.getByRole('button', { name: 'See all motifs' }));
    expect(on.onOpenPiece.mock.calls).toEqual([['p2']]);
    expect(on.onOpenMotif.mock.calls).toEqual([['parang']]);
    expect(on.onList).toHaveBeenCalledTimes(1);
  });

  it('reads in Indonesian', () => {
    const pieces = [piece('p1', 'Kain kawung'), piece('p2', 'Sarung kawung'), piece('p3', 'Selendang')];
    show({ pieces, larangan: { rule: { text: 'Hanya raja.', lang: 'id', fallback: false } } }, 'id');
    expect(region('Kain bermotif ini di koleksi (3)')).toBeTruthy();
    expect(region('Makna')).toBeTruthy();
    expect(region('Motif larangan')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Lihat semua motif' })).toBeTruthy();
  });
});
