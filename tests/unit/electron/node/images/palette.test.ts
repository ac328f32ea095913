import { describe, expect, it } from 'vitest';
import { hexToRgb, paletteFromPixels } from '../../../../../electron/node/images/palette';

const FAMILIES = {
  indigo: '#223a66',
  soga: '#8b5a2b',
  mengkudu: '#9c2a24',
  'merah-muda': '#e8a0b4',
  'putih-alam': '#efe5cf',
  hitam: '#1f1b1a',
};

/** An RGB buffer of `count` pixels of each colour, in order. */
function pixels(...parts: [string, number][]): Uint8Array {
  const values = parts.flatMap(([hex, count]) => Array.from({ length: count }, () => hexToRgb(hex)).flat());
  return Uint8Array.from(values);
}

describe('paletteFromPixels', () => {
  it.each([
    ['#1d3461', 'indigo'],
    ['#7f5227', 'soga'],
    ['#a3231c', 'mengkudu'],
    ['#f0a8bb', 'merah-muda'],
    ['#f3ead8', 'putih-alam'],
    ['#101010', 'hitam'],
  ])('snaps solid %s to %s with the whole share', (hex, family) => {
    expect(paletteFromPixels(pixels([hex, 100]), 3, FAMILIES)).toEqual([{ family, hex, share: 1 }]);
  });

  it('merges shades of one family and orders families by share', () => {
    const palette = paletteFromPixels(
      pixels(['#223a66', 300], ['#2a4474', 300], ['#efe5cf', 400]),
      3,
      FAMILIES,
    );
    expect(palette.map((entry) => [entry.family, entry.share])).toEqual([
      ['indigo', 0.6],
      ['putih-alam', 0.4],
    ]);
  });

  it('drops specks below 3% and renormalises the rest to sum to 1', () => {
    const palette = paletteFromPixels(
      pixels(['#8b5a2b', 490], ['#efe5cf', 490], ['#9c2a24', 20]),
      3,
      FAMILIES,
    );
    expect(palette.map((entry) => entry.family)).toEqual(['putih-alam', 'soga']);
    expect(palette.reduce((sum, entry) => sum + entry.share, 0)).toBeCloseTo(1, 2);
  });

  it('skips the alpha channel of RGBA input', () => {
    const rgba = Uint8Array.from([0x22, 0x3a, 0x66, 0, 0x22, 0x3a, 0x66, 255]);
    expect(paletteFromPixels(rgba, 4, FAMILIES)).toEqual([{ family: 'indigo', hex: '#223a66', share: 1 }]);
  });

  it('returns nothing when the collection defines no colour families', () => {
    expect(paletteFromPixels(pixels(['#223a66', 10]), 3, {})).toEqual([]);
  });

  it('names the bad value when a family colour is not hex', () => {
    expect(() => paletteFromPixels(pixels(['#223a66', 10]), 3, { indigo: 'blue' })).toThrow(/blue/);
  });
});
