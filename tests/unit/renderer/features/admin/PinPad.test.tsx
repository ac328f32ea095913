import { describe, expect, it } from 'vitest';
import { PinPad, type PinPadProps } from '../../../../../renderer/features/admin/PinPad';
import { renderWithI18n } from '../../../support/render-with-i18n';

const none = () => {};
const base: PinPadProps = {
  length: 0,
  message: '',
  disabled: false,
  onKey: none,
  onSubmit: none,
  onCancel: none,
};

describe('PinPad', () => {
  it('asks for the PIN, names its word keys and says how many digits are in, never which', () => {
    const html = renderWithI18n(<PinPad {...base} length={3} />, 'id');
    expect(html).toContain('<h1 id="admin-pin-title">Masukkan PIN admin</h1>');
    expect(html).toContain('<p class="admin-visually-hidden">Angka yang dimasukkan: 3</p>');
    for (const word of ['Kosongkan', 'Hapus', 'Kembali ke koleksi', 'OK']) {
      expect(html).toContain(`>${word}</button>`);
    }
    expect(html.match(/data-filled="true"/g)).toHaveLength(3);
  });

  it('reads in English too, and keeps OK off until a digit is typed', () => {
    const html = renderWithI18n(<PinPad {...base} />, 'en');
    expect(html).toContain('Enter the admin PIN');
    expect(html).toContain('Digits entered: 0');
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*>OK<\/button>/);
  });
});
