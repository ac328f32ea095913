import { describe, expect, it } from 'vitest';
import { addToCompare, removeFromCompare } from '../../../renderer/navigation/compare-tray';
import { formatDimensions } from '../../../renderer/records/dimensions';
import { makerCreditText, type MakerFormat } from '../../../renderer/records/maker-credit';
import { pieceNeighbours } from '../../../renderer/features/piece/piece-neighbours';
import { publicBaseUrlFromQuery, takeAwayUrl } from '../../../renderer/features/piece/public-base-url';
import { swipeDirection } from '../../../renderer/kit/touch/swipe';

const collection = ['a', 'b', 'c', 'd', 'e'];

describe('pieceNeighbours', () => {
  it('walks the result list when the piece is in it', () => {
    expect(pieceNeighbours(['d', 'b', 'e'], collection, 'b')).toEqual({
      position: 2,
      total: 3,
      previous: 'd',
      next: 'e',
    });
  });

  it('falls back to the whole collection when the result list is empty', () => {
    expect(pieceNeighbours([], collection, 'c')).toEqual({ position: 3, total: 5, previous: 'b', next: 'd' });
  });

  it('falls back to the collection when the piece is not in the result list', () => {
    expect(pieceNeighbours(['d', 'e'], collection, 'a')).toEqual({ position: 1, total: 5, next: 'b' });
  });

  it('does not wrap around at either end', () => {
    expect(pieceNeighbours(['x', 'y'], collection, 'x')).toEqual({ position: 1, total: 2, next: 'y' });
    expect(pieceNeighbours(['x', 'y'], collection, 'y')).toEqual({ position: 2, total: 2, previous: 'x' });
  });

  it('gives no position and no neighbours for an unknown piece', () => {
    expect(pieceNeighbours([], collection, 'zz')).toEqual({ position: 0, total: 5 });
  });
});

describe('makerCreditText', () => {
  const format: MakerFormat = (key, { name, role }) =>
    ({ certain: `${name}, ${role}`, attributed: `attributed to ${name}, ${role}`, uncertain: `${name}?` })[
      key
    ];

  it('says how sure the museum is about the maker', () => {
    expect(makerCreditText({ certainty: 'certain' }, 'Oey Soe Tjoen', 'batik maker', format)).toBe(
      'Oey Soe Tjoen, batik maker',
    );
    expect(makerCreditText({ certainty: 'attributed' }, 'Eliza van Zuylen', 'workshop', format)).toBe(
      'attributed to Eliza van Zuylen, workshop',
    );
    expect(makerCreditText({ certainty: 'uncertain' }, 'Unknown, Pekalongan', 'x', format)).toBe(
      'Unknown, Pekalongan?',
    );
  });
});

describe('formatDimensions', () => {
  const words = { height: 'height', width: 'width' };

  it('formats both sides with the language’s decimal mark and one cm unit', () => {
    expect(formatDimensions({ heightCm: 106, widthCm: 252.5 }, 'en', words)).toBe('106 × 252.5 cm');
    expect(formatDimensions({ heightCm: 106.25, widthCm: 252.5 }, 'id', words)).toBe('106,3 × 252,5 cm');
  });

  it('groups thousands as the language does', () => {
    expect(formatDimensions({ heightCm: 1200, widthCm: 90 }, 'id', words)).toBe('1.200 × 90 cm');
  });

  it('names a side given alone, and ignores missing or nonsensical numbers', () => {
    expect(formatDimensions({ heightCm: 80 }, 'en', words)).toBe('height 80 cm');
    expect(formatDimensions({ widthCm: 0, heightCm: Number.NaN }, 'en', words)).toBeUndefined();
    expect(formatDimensions(undefined, 'en', words)).toBeUndefined();
  });
});

describe('compare tray', () => {
  it('opens the pair when the second piece is added', () => {
    expect(addToCompare([], 'a')).toEqual({ tray: ['a'] });
    expect(addToCompare(['a'], 'b')).toEqual({ tray: ['a', 'b'], open: ['a', 'b'] });
  });

  it('keeps a piece once and lets a third push out the oldest', () => {
    expect(addToCompare(['a'], 'a')).toEqual({ tray: ['a'] });
    expect(addToCompare(['a', 'b'], 'c')).toEqual({ tray: ['b', 'c'], open: ['b', 'c'] });
  });

  it('removes one piece and keeps the other', () => {
    expect(removeFromCompare(['a', 'b'], 'a')).toEqual(['b']);
  });
});

describe('swipeDirection', () => {
  it('reads clear horizontal moves as swipes, left meaning next', () => {
    expect(swipeDirection(-200, 10)).toBe('left');
    expect(swipeDirection(200, -30)).toBe('right');
  });

  it('ignores short moves and mostly vertical ones (scrolling)', () => {
    expect(swipeDirection(-40, 0)).toBeNull();
    expect(swipeDirection(-120, 100)).toBeNull();
  });
});

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
