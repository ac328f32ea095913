import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { photoJpeg, photoSize } from '../../../bench/scale/photos';

describe('scale benchmark photos', () => {
  it('makes the same bytes from the same seed and different bytes from another', async () => {
    const [a, again, other] = await Promise.all([photoJpeg(7, 400), photoJpeg(7, 400), photoJpeg(8, 400)]);
    expect(a.equals(again)).toBe(true);
    expect(a.equals(other)).toBe(false);
  });

  it('is a JPEG of the announced size, long side as asked, 3:2 to 2:1', async () => {
    for (const seed of [0, 1, 2, 3]) {
      const { width, height } = photoSize(seed, 900);
      const meta = await sharp(await photoJpeg(seed, 900)).metadata();
      expect(meta.format).toBe('jpeg');
      expect([meta.width, meta.height]).toEqual([width, height]);
      expect(Math.max(width, height)).toBe(900);
      const ratio = 900 / Math.min(width, height);
      expect(ratio).toBeGreaterThanOrEqual(1.49);
      expect(ratio).toBeLessThanOrEqual(2.01);
    }
  });

  it('compresses like a photograph, not like a flat drawing', async () => {
    const bytes = await photoJpeg(3, 1200);
    const { width, height } = photoSize(3, 1200);
    // A camera's fine JPEG of a textured cloth is roughly 0.2-0.8 bytes per pixel; a flat
    // illustration at the same quality is well under 0.1.
    const perPixel = bytes.length / (width * height);
    expect(perPixel).toBeGreaterThan(0.2);
    expect(perPixel).toBeLessThan(0.8);
  });
});
