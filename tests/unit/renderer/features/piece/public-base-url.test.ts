import { describe, expect, it } from 'vitest';
import { publicBaseUrlFromQuery, takeAwayUrl } from '../../../../../renderer/features/piece/public-base-url';

describe('take-away URL', () => {
  it('accepts an http(s) base from the query and builds the piece address from it', () => {
    const base = publicBaseUrlFromQuery('?publicBaseUrl=https%3A%2F%2Fmuseum.example%2Fkoleksi');
    expect(base).toBe('https://museum.example/koleksi');
    expect(takeAwayUrl(base, 'jlamprang-tulis-1900')).toBe(
      'https://museum.example/koleksi/jlamprang-tulis-1900',
    );
  });

  it('offers no QR code without a base or with an unsafe one', () => {
    expect(publicBaseUrlFromQuery('')).toBeUndefined();
    expect(publicBaseUrlFromQuery('?publicBaseUrl=javascript:alert(1)')).toBeUndefined();
    expect(publicBaseUrlFromQuery('?publicBaseUrl=not%20a%20url')).toBeUndefined();
    expect(takeAwayUrl(undefined, 'x')).toBeUndefined();
  });
});
