import type { Box } from '../garment-layout';
import type { Random } from '../seeded-random';

/** Where a cap cloth was stamped: the area and the size of one impression, in px. */
export interface Stamping {
  box: Box;
  block: { w: number; h: number };
}

/**
 * The way a cap (copper stamp) lays wax, done on the raster: the area is cut into stamp-sized
 * blocks, every block the same impression, each set down a few px off true, so lines break and
 * shift at the joins between impressions. Copying pixels costs a few ms, where painting the
 * pattern once per block in the SVG made librsvg render the whole pattern again for each block.
 */
export function stampRaster(data: Buffer, width: number, stamping: Stamping, random: Random): Buffer {
  const { box, block } = stamping;
  const error = Math.max(1, Math.round(Math.min(block.w, block.h) * 0.012));
  const out = Buffer.from(data);
  const x0 = Math.round(box.x);
  const y0 = Math.round(box.y);
  const x1 = Math.round(box.x + box.w);
  const y1 = Math.round(box.y + box.h);
  for (let by = y0; by < y1; by += block.h) {
    for (let bx = x0; bx < x1; bx += block.w) {
      const dx = random.int(-error, error);
      const dy = random.int(-error, error);
      const right = Math.min(x1, Math.round(bx + block.w));
      const bottom = Math.min(y1, Math.round(by + block.h));
      for (let y = Math.round(by); y < bottom; y += 1) {
        const sy = Math.min(y1 - 1, Math.max(y0, y - dy));
        for (let x = Math.round(bx); x < right; x += 1) {
          const sx = Math.min(x1 - 1, Math.max(x0, x - dx));
          const to = (y * width + x) * 3;
          const from = (sy * width + sx) * 3;
          out[to] = data[from]!;
          out[to + 1] = data[from + 1]!;
          out[to + 2] = data[from + 2]!;
        }
      }
    }
  }
  return out;
}

/** Size of one stamp: whole repeats adding up to about `target` px, as a cap is cut to the repeat. */
export function stampSize(repeat: { w: number; h: number }, target: number): { w: number; h: number } {
  return {
    w: Math.round(repeat.w * Math.max(1, Math.round(target / repeat.w))),
    h: Math.round(repeat.h * Math.max(1, Math.round(target / repeat.h))),
  };
}
