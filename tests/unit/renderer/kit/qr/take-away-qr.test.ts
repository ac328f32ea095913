import { describe, expect, it } from 'vitest';
import { pieceUrl } from '../../../../../renderer/kit/qr/piece-url';
import { qrSvgDataUrl } from '../../../../../renderer/kit/qr/qr-svg';

describe('pieceUrl', () => {
  it('appends the id as a path segment, with or without a trailing slash', () => {
    expect(pieceUrl('https://museum.example/koleksi/', 'truntum-1960')).toBe(
      'https://museum.example/koleksi/truntum-1960',
    );
    expect(pieceUrl('https://museum.example/koleksi', 'truntum-1960')).toBe(
      'https://museum.example/koleksi/truntum-1960',
    );
    expect(pieceUrl('http://museum.example', 'a')).toBe('http://museum.example/a');
  });

  it('keeps a query string on the base', () => {
    expect(pieceUrl('https://museum.example/k?lang=id', 'a')).toBe('https://museum.example/k/a?lang=id');
  });

  it('fills an {id} placeholder when the base has one', () => {
    expect(pieceUrl('https://museum.example/p?id={id}&from=kiosk', 'x y')).toBe(
      'https://museum.example/p?id=x%20y&from=kiosk',
    );
    expect(pieceUrl('https://museum.example/{id}/view', 'a')).toBe('https://museum.example/a/view');
  });

  it('encodes ids so they cannot leave their segment', () => {
    expect(pieceUrl('https://museum.example/k/', '../admin?x=1#f')).toBe(
      'https://museum.example/k/..%2Fadmin%3Fx%3D1%23f',
    );
  });

  it('rejects bases that are not http(s), relative, or carry credentials, naming the setting', () => {
    expect(() => pieceUrl('javascript:alert(1)', 'a')).toThrow(/publicBaseUrl.*http/);
    expect(() => pieceUrl('file:///etc/', 'a')).toThrow(/publicBaseUrl/);
    expect(() => pieceUrl('kiosk://app/', 'a')).toThrow(/publicBaseUrl/);
    expect(() => pieceUrl('/koleksi/', 'a')).toThrow(/publicBaseUrl.*absolute/);
    expect(() => pieceUrl('https://u:p@museum.example/', 'a')).toThrow(/user name or password/);
  });

  it('rejects an empty id', () => {
    expect(() => pieceUrl('https://museum.example/', ' ')).toThrow(/pieceId/);
  });
});

describe('qrSvgDataUrl', () => {
  it('makes an SVG QR code locally, as a data URL', async () => {
    const src = await qrSvgDataUrl('https://museum.example/koleksi/truntum-1960');
    expect(src.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    const svg = decodeURIComponent(src.slice(src.indexOf(',') + 1));
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<path');
  });

  it('encodes different URLs differently', async () => {
    expect(await qrSvgDataUrl('https://museum.example/a')).not.toBe(
      await qrSvgDataUrl('https://museum.example/b'),
    );
  });
});
