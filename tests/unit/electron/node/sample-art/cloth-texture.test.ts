import { describe, expect, it } from 'vitest';
import { applyClothTexture } from '../../../../../electron/node/sample-art/cloth-texture';
import { createRandom } from '../../../../../electron/node/sample-art/seeded-random';

const W = 64;
const H = 48;

/** A raster of stripes: light, dark and middling bytes side by side. */
function stripes(): Buffer {
  const data = Buffer.alloc(W * H * 3);
  for (let i = 0; i < data.length; i += 1) data[i] = [240, 30, 128, 200][Math.floor(i / 3) % 4]!;
  return data;
}

function textured(data: Buffer, bleed?: Buffer): Buffer {
  const out = Buffer.from(data);
  applyClothTexture(out, W, H, createRandom('texture-test'), bleed);
  return out;
}

describe('cloth texture with the dye bleed in the same pass', () => {
  it('is the texture of the raster darkened towards its spread, by at most a tenth', () => {
    const data = stripes();
    // A spread that is darker than some bytes (by a little and by a lot) and lighter than others.
    const spread = Buffer.from(data.map((v, i) => (i % 5 === 0 ? 0 : i % 5 === 1 ? v - 5 : 255)));
    const bled = Buffer.from(
      data.map((v, i) => (spread[i]! < v ? Math.max(spread[i]!, Math.floor(v * 0.9)) : v)),
    );
    expect(textured(data, spread).equals(textured(bled))).toBe(true);
    // The bleed changed something, so the comparison above is not between two untouched rasters.
    expect(textured(data, spread).equals(textured(data))).toBe(false);
  });

  it('never lightens: a spread lighter everywhere leaves the texture as without a bleed', () => {
    const data = stripes();
    expect(textured(data, Buffer.alloc(data.length, 255)).equals(textured(data))).toBe(true);
  });
});
