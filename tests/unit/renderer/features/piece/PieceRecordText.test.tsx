// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PieceRecordText } from '../../../../../renderer/features/piece/PieceRecordText';
import type { PieceRecordView } from '../../../../../renderer/records/piece-record-view';
import { inLanguage } from '../../../support/i18n-wrapper';
import { recordView } from './piece-record-builder';

afterEach(cleanup);

function show(overrides: Partial<PieceRecordView> = {}, language = 'en', onMotif = vi.fn()) {
  render(<PieceRecordText record={recordView(overrides)} onMotif={onMotif} />, inLanguage(language));
  return onMotif;
}
/** The facts lists' terms and their values, as "term: value, value". */
const facts = () =>
  [...document.querySelectorAll('.piece-record__fact')].map(
    (fact) =>
      `${fact.querySelector('dt')!.textContent}: ${[...fact.querySelectorAll('dd')].map((dd) => dd.textContent).join(', ')}`,
  );

describe('PieceRecordText', () => {
  it('heads the record with its title, marked when it fell back to another language', () => {
    show({ titleInfo: { text: 'Kain panjang', lang: 'id', fallback: true } });
    const title = screen.getByRole('heading', { level: 1 });
    expect(title.textContent).toBe('Kain panjang (Bahasa Indonesia)');
    expect(title.querySelector('span')!.getAttribute('lang')).toBe('id');
  });

  it('offers a chip per motif, which opens that motif', async () => {
    const user = userEvent.setup();
    const onMotif = show();
    const motifs = within(screen.getByRole('navigation', { name: 'Motif' }));
    await user.click(motifs.getByRole('button', { name: 'Buketan' }));
    expect(onMotif.mock.calls).toEqual([['buketan']]);
    cleanup();
    show({ motifs: [] });
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('lists the facts, then where the cloth is, how the museum got it and its rights', () => {
    show();
    expect(facts()).toEqual([
      'Technique: Hand-drawn batik',
      'Dyes: Indigo, Soga',
      'Where the cloth is now: On display: Gallery 2',
      'How the museum acquired it: Gift of the maker, 2019',
      'Rights: Museum Batik Pekalongan',
    ]);
    cleanup();
    show({ credit: '', rights: '' });
    expect(facts().slice(2)).toEqual(['Where the cloth is now: On display: Gallery 2']);
  });

  it('gives the description, the writing on the cloth and the notes each a heading', () => {
    show({ inscriptions: [{ text: 'Slamet', location: 'kepala', translation: 'Safe' }] });
    const section = (name: string) => screen.getByRole('heading', { level: 2, name }).parentElement!;
    expect(section('About this cloth').textContent).toContain('Drawn by hand over many weeks.');
    const writing = within(section('Writing on the cloth')).getByRole('listitem');
    // The writing itself is quoted (<q>), its place and meaning follow.
    expect(writing.querySelector('q')!.textContent).toBe('Slamet');
    expect(writing.textContent).toBe('Slamet (kepala) Meaning: Safe');
    expect(within(section('Notes')).getByRole('listitem').textContent!.trim()).toBe('The date is uncertain.');
  });

  it('leaves out a blank description, no writing and no notes', () => {
    show({ description: { text: '  ', lang: 'en', fallback: false }, inscriptions: [], notes: [] });
    expect(screen.queryAllByRole('heading', { level: 2 })).toEqual([]);
  });

  it('explains that printed cloth is not batik, only on a printed piece', () => {
    show();
    expect(screen.queryByText(/printed by machine/)).toBeNull();
    cleanup();
    show({ printed: true });
    expect(screen.getByText(/^This cloth was printed by machine\. It carries a batik motif/)).toBeTruthy();
  });

  it('reads in Indonesian', () => {
    show({ inscriptions: [{ text: 'Slamet', location: '', translation: 'Selamat' }], printed: true }, 'id');
    expect(screen.getByRole('navigation', { name: 'Motif' })).toBeTruthy();
    for (const name of ['Tentang kain ini', 'Tulisan pada kain', 'Catatan'])
      expect(screen.getByRole('heading', { level: 2, name })).toBeTruthy();
    expect(screen.getByText('Artinya: Selamat')).toBeTruthy();
    expect(screen.getByText(/^Kain ini dicetak dengan mesin/)).toBeTruthy();
    expect(facts()[2]).toBe('Di mana kain ini sekarang: On display: Gallery 2');
  });
});
