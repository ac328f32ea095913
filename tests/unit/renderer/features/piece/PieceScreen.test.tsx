// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PieceScreen, type PieceScreenProps } from '../../../../../renderer/features/piece/PieceScreen';
import type { PieceCardData } from '../../../../../renderer/ui/cards/card-data';
import { inLanguage } from '../../../support/i18n-wrapper';
import { recordView } from './piece-record-builder';

afterEach(cleanup);

const related: PieceCardData = {
  id: 'kawung-cap',
  title: 'Sarung kawung cap',
  motifs: 'Kawung',
  date: '1950s',
  group: 'Pedalaman',
  alt: '',
};

/**
 * The screen with a stand-in in the viewer's slot: the container builds the real zoom viewer (the
 * kit's, tested in tests/unit/renderer/kit/zoom) and the screen only places it.
 */
function show(props: Partial<PieceScreenProps> = {}, language = 'en') {
  const on = {
    onSelectView: vi.fn(),
    onOpenPiece: vi.fn(),
    onMotif: vi.fn(),
    onCompare: vi.fn(),
  };
  render(
    <PieceScreen
      record={recordView()}
      viewer={<div data-testid="viewer" />}
      illustrative={false}
      views={[]}
      selectedView=""
      related={[]}
      inCompare={false}
      {...on}
      {...props}
    />,
    inLanguage(language),
  );
  return on;
}
const list = () => within(screen.getByRole('navigation', { name: 'Other cloths in the list' }));
const status = () => document.querySelector('.piece-toolbar__status')!.textContent;

describe('PieceScreen', () => {
  it("moves through the visitor's list, saying where the piece sits in it", async () => {
    const user = userEvent.setup();
    const onPrevious = vi.fn();
    const onNext = vi.fn();
    show({ position: { index: 3, total: 1_204 }, onPrevious, onNext });
    expect(list().getByText('3 / 1,204')).toBeTruthy();
    await user.click(list().getByRole('button', { name: 'Next cloth' }));
    await user.click(list().getByRole('button', { name: 'Previous cloth' }));
    expect(onNext).toHaveBeenCalledTimes(1);
    expect(onPrevious).toHaveBeenCalledTimes(1);
  });

  it('has no position outside a list and no way past its ends', () => {
    show();
    expect(document.querySelector('.piece-toolbar__position')).toBeNull();
    expect(list().getByRole('button', { name: 'Previous cloth' }).hasAttribute('disabled')).toBe(true);
    expect(list().getByRole('button', { name: 'Next cloth' }).hasAttribute('disabled')).toBe(true);
  });

  it('says what the compare tray holds and asks to compare on a tap', async () => {
    const user = userEvent.setup();
    const on = show();
    expect(status()).toBe('');
    const compare = screen.getByRole('button', { name: 'Compare' });
    expect(compare.getAttribute('aria-pressed')).toBe('false');
    await user.click(compare);
    expect(on.onCompare).toHaveBeenCalledTimes(1);
    cleanup();
    show({ comparePartner: 'Sarung kawung cap' });
    expect(status()).toBe(
      'Chosen for comparing: Sarung kawung cap. Touch “Compare” to see it side by side with this cloth.',
    );
    cleanup();
    show({ inCompare: true, comparePartner: 'Sarung kawung cap' });
    expect(screen.getByRole('button', { name: 'Compare' }).getAttribute('aria-pressed')).toBe('true');
    expect(status()).toBe(
      'This cloth is chosen for comparing. Open another cloth and touch “Compare” there.',
    );
  });

  it('places the viewer, or says there is no image yet; a drawing is said to be one', () => {
    show({ illustrative: true });
    expect(screen.getByTestId('viewer')).toBeTruthy();
    expect(screen.queryByText('There is no image of this cloth yet.')).toBeNull();
    expect(screen.getByText('An illustration, not a photograph of the cloth itself.')).toBeTruthy();
    cleanup();
    show({ viewer: undefined });
    expect(screen.getByText('There is no image of this cloth yet.')).toBeTruthy();
    expect(screen.queryByText(/An illustration/)).toBeNull();
  });

  it('offers the views of the cloth and asks for the one tapped', async () => {
    const user = userEvent.setup();
    const on = show({
      views: [
        { id: 'm1', view: 'full' },
        { id: 'm2', view: 'detail' },
      ],
      selectedView: 'm1',
    });
    await user.click(
      within(screen.getByRole('navigation', { name: 'Views of the cloth' })).getByRole('button', {
        name: 'Detail',
      }),
    );
    expect(on.onSelectView.mock.calls).toEqual([['m2']]);
  });

  it('lays out the record, its related cloths (a tap opens one) and the "more below" cue', async () => {
    const user = userEvent.setup();
    const on = show({ related: [related] });
    expect(screen.getByRole('article', { name: 'Kain panjang jlamprang' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Buketan' }));
    const section = screen.getByRole('heading', { level: 2, name: 'Related cloths' }).parentElement!;
    await user.click(within(section).getByRole('button', { name: /^Sarung kawung cap/ }));
    expect(on.onMotif.mock.calls).toEqual([['buketan']]);
    expect(on.onOpenPiece.mock.calls).toEqual([['kawung-cap']]);
    expect(document.querySelector('.piece-record .scroll-cue')!.textContent).toBe('More below');
  });

  it('has no related section when the curator linked none', () => {
    show();
    expect(screen.queryByRole('heading', { name: 'Related cloths' })).toBeNull();
  });

  it('shows the take-away QR code with its address when there is one', async () => {
    show({ takeAwayUrl: 'https://museum.example/koleksi/jlamprang' });
    expect(await screen.findByRole('img', { name: 'Scan to take this cloth home' })).toBeTruthy();
    expect(screen.getByText('https://museum.example/koleksi/jlamprang')).toBeTruthy();
    cleanup();
    show();
    expect(document.querySelector('.piece-takeaway')).toBeNull();
  });

  it('reads in Indonesian, numbers grouped its way', async () => {
    show(
      {
        position: { index: 1_001, total: 1_204 },
        related: [related],
        takeAwayUrl: 'https://museum.example/koleksi/jlamprang',
        viewer: undefined,
      },
      'id',
    );
    expect(
      within(screen.getByRole('navigation', { name: 'Kain lain dalam daftar' })).getByText('1.001 / 1.204'),
    );
    expect(screen.getByRole('button', { name: 'Kain berikutnya' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Bandingkan' })).toBeTruthy();
    expect(screen.getByText('Belum ada gambar untuk kain ini.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Kain terkait' })).toBeTruthy();
    expect(await screen.findByRole('img', { name: 'Pindai untuk membawa kain ini pulang' })).toBeTruthy();
  });
});
