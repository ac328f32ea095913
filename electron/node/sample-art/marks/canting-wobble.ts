import type { Random } from '../seeded-random';
import type { MarkStyle } from './technique';

/** How far a tulis drawing strays from the grid: drift per repeat and tremor of the line, in px. */
interface Wobble {
  /** Slow displacement with a wavelength of about one repeat: no two repeats sit or bend alike. */
  drift: number;
  /** Quick displacement of a few px wavelength: the canting line wavers and thickens and thins. */
  tremor: number;
}

/** Wobble of each mark style for a repeat of `repeat` px; cap and printed lines keep the grid. */
export function wobbleFor(style: MarkStyle, repeat: number): Wobble | undefined {
  if (style === 'cap' || style === 'printed') return undefined;
  const scale = style === 'kombinasi' ? 0.5 : 1;
  return { drift: Math.max(2, repeat * 0.035) * scale, tremor: Math.max(1, repeat * 0.008) * scale };
}

/**
 * Displaces every pixel of an RGB raster by two seeded noise fields (a slow drift and a quick
 * tremor), taking the nearest source pixel. Done on the raster rather than with an SVG displacement filter:
 * librsvg's feTurbulence took 3.5 s for one 2000 px cloth, this loop a few tens of ms. The noise is
 * value noise computed in the loop from per-axis tables (upscaling a noise image with sharp cost
 * more than the displacement itself).
 */
export function wobbleRaster(
  data: Buffer,
  width: number,
  height: number,
  wobble: Wobble,
  repeat: number,
  random: Random,
): Buffer {
  const drift = noiseGrid(width, height, Math.max(8, repeat * 0.7), random.fork('drift'));
  const tremor = noiseGrid(width, height, Math.max(3, repeat * 0.06), random.fork('tremor'));
  const out = Buffer.alloc(data.length);
  // One displacement per 2 x 2 pixels: the tremor's features are several px apart, and this
  // quarters the noise lookups, the loop's main cost.
  for (let y = 0; y < height; y += 2) {
    const d = drift.row(y);
    const t = tremor.row(y);
    for (let x = 0; x < width; x += 2) {
      const dx = 0.5 + drift.at(d, x, 0) * wobble.drift + tremor.at(t, x, 0) * wobble.tremor;
      const dy = 0.5 + drift.at(d, x, 1) * wobble.drift + tremor.at(t, x, 1) * wobble.tremor;
      for (let yy = y; yy < y + 2 && yy < height; yy += 1) {
        let sy = (yy + dy) | 0;
        sy = sy < 0 ? 0 : sy >= height ? height - 1 : sy;
        for (let xx = x; xx < x + 2 && xx < width; xx += 1) {
          // Nearest pixel, not bilinear: the dye bleed blurs the result by more than a pixel.
          let sx = (xx + dx) | 0;
          sx = sx < 0 ? 0 : sx >= width ? width - 1 : sx;
          const from = (sy * width + sx) * 3;
          const to = (yy * width + xx) * 3;
          out[to] = data[from]!;
          out[to + 1] = data[from + 1]!;
          out[to + 2] = data[from + 2]!;
        }
      }
    }
  }
  return out;
}

/** Smooth value noise in [-1, 1], two independent channels, features about `cell` px apart. */
function noiseGrid(width: number, height: number, cell: number, random: Random) {
  const nw = Math.ceil(width / cell) + 2;
  const nh = Math.ceil(height / cell) + 2;
  const values = new Float32Array(nw * nh * 2);
  for (let i = 0; i < values.length; i += 1) values[i] = random.next() * 2 - 1;
  const axis = (length: number) => {
    const index = new Int32Array(length);
    const weight = new Float32Array(length);
    for (let i = 0; i < length; i += 1) {
      const at = i / cell;
      index[i] = Math.floor(at);
      const t = at - index[i]!;
      weight[i] = t * t * (3 - 2 * t);
    }
    return { index, weight };
  };
  const xs = axis(width);
  const ys = axis(height);
  const line = new Float32Array(nw * 2);
  return {
    /** The grid interpolated down to row `y` (reused buffer: read it before the next call). */
    row(y: number): Float32Array {
      const j = ys.index[y]!;
      const ty = ys.weight[y]!;
      const a = j * nw * 2;
      const b = a + nw * 2;
      for (let i = 0; i < nw * 2; i += 1) line[i] = values[a + i]! + (values[b + i]! - values[a + i]!) * ty;
      return line;
    },
    at(row: Float32Array, x: number, channel: number): number {
      const i = xs.index[x]! * 2 + channel;
      return row[i]! + (row[i + 2]! - row[i]!) * xs.weight[x]!;
    },
  };
}
