import sharp, { type OverlayOptions } from 'sharp';
import type { Random } from './seeded-random';

/**
 * Layers that make a flat vector drawing read as dyed cotton: a soft mottle (dye never takes
 * evenly) and a fine weave of slightly uneven threads. Both are seeded, so output stays
 * byte-for-byte reproducible.
 */
export async function clothOverlays(
  width: number,
  height: number,
  random: Random,
): Promise<OverlayOptions[]> {
  const cell = 36;
  const nw = Math.max(2, Math.ceil(width / cell));
  const nh = Math.max(2, Math.ceil(height / cell));
  const noise = Buffer.alloc(nw * nh * 3);
  for (let i = 0; i < nw * nh; i += 1) {
    const value = 128 + Math.round((random.next() - 0.5) * 34);
    noise[i * 3] = value;
    noise[i * 3 + 1] = value;
    noise[i * 3 + 2] = value - 2;
  }
  const mottle = await sharp(noise, { raw: { width: nw, height: nh, channels: 3 } })
    .resize(width, height, { kernel: 'linear', fit: 'fill' })
    .raw()
    .toBuffer();

  const side = 48;
  const rows = Array.from({ length: side }, () => random.range(0, 9));
  const cols = Array.from({ length: side }, () => random.range(0, 9));
  const weave = Buffer.alloc(side * side * 3);
  for (let y = 0; y < side; y += 1) {
    for (let x = 0; x < side; x += 1) {
      const shade = 255 - Math.round((y % 2 === 0 ? rows[y]! : 0) + (x % 2 === 0 ? cols[x]! : 0) + 3);
      weave.fill(shade, (y * side + x) * 3, (y * side + x) * 3 + 3);
    }
  }
  return [
    { input: mottle, raw: { width, height, channels: 3 }, blend: 'soft-light' },
    { input: weave, raw: { width: side, height: side, channels: 3 }, tile: true, blend: 'multiply' },
  ];
}
