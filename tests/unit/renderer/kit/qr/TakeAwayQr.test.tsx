// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TakeAwayQr } from '../../../../../renderer/kit/qr/TakeAwayQr';
import { qrSvgDataUrl } from '../../../../../renderer/kit/qr/qr-svg';

afterEach(cleanup);

const LABEL = 'Pindai untuk membawa kain ini pulang';
const TRUNTUM = 'https://museum.example/koleksi/truntum-1960';
const KAWUNG = 'https://museum.example/koleksi/kawung-1935';

/** Lets every pending encode settle: the component's started first, so it has settled when ours has. */
async function settle(url: string) {
  await act(async () => {
    await qrSvgDataUrl(url).catch(() => undefined);
  });
}

describe('TakeAwayQr', () => {
  it('shows nothing without a URL', async () => {
    const { container } = render(<TakeAwayQr label={LABEL} />);
    await settle(TRUNTUM);
    expect(container.innerHTML).toBe('');
  });

  it('shows the QR code of its URL once the encoder has loaded, named and captioned by the label', async () => {
    render(<TakeAwayQr url={TRUNTUM} label={LABEL} />);
    const code = await screen.findByRole('img', { name: LABEL });
    const src = code.getAttribute('src') ?? '';
    expect(src).toBe(await qrSvgDataUrl(TRUNTUM));
    expect(decodeURIComponent(src.slice(src.indexOf(',') + 1))).toMatch(/^<svg[^>]*>.*<path/);
    // The caption is for the eyes; the image already carries the name for screen readers.
    expect(screen.getByText(LABEL).getAttribute('aria-hidden')).toBe('true');
  });

  it("never shows the previous piece's code for the next one", async () => {
    const { rerender } = render(<TakeAwayQr url={TRUNTUM} label={LABEL} />);
    await screen.findByRole('img', { name: LABEL });
    rerender(<TakeAwayQr url={KAWUNG} label={LABEL} />);
    expect(screen.queryByRole('img')).toBeNull();
    const code = await screen.findByRole('img', { name: LABEL });
    expect(code.getAttribute('src')).toBe(await qrSvgDataUrl(KAWUNG));
  });

  it('takes the code away when the URL goes', async () => {
    const { rerender, container } = render(<TakeAwayQr url={TRUNTUM} label={LABEL} />);
    await screen.findByRole('img', { name: LABEL });
    rerender(<TakeAwayQr label={LABEL} />);
    expect(container.innerHTML).toBe('');
  });

  it('shows nothing, and no error, for a URL too long to encode', async () => {
    const tooLong = `${TRUNTUM}?${'x'.repeat(5000)}`;
    const { rerender, container } = render(<TakeAwayQr url={TRUNTUM} label={LABEL} />);
    await screen.findByRole('img', { name: LABEL });
    rerender(<TakeAwayQr url={tooLong} label={LABEL} />);
    await settle(tooLong);
    expect(container.innerHTML).toBe('');
  });
});
