import type { Random } from './seeded-random';

/**
 * Lays what makes a flat vector drawing read as dyed cotton over an RGB raster, in place: a soft
 * mottle (dye never takes evenly), blended soft-light, and a fine weave of slightly uneven threads,
 * multiplied. Both are seeded, so output stays byte-for-byte reproducible. A `bleed` (a blurred copy
 * of the raster) first darkens each byte towards it, in the same walk over the raster: one pass
 * fewer over six million bytes per cloth.
 *
 * The blends are done here through two 256 x 256 lookup tables rather than as libvips composite
 * layers: libvips blends every layer in floating point over the whole image, which made this the
 * largest cost of drawing a cloth after rasterising its SVG, on the critical path of a fresh
 * clone's first `npm run web` (issue 12). The formulas are the W3C ones libvips uses.
 */
export function applyClothTexture(
  data: Buffer,
  width: number,
  height: number,
  random: Random,
  bleed?: Buffer,
): void {
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
  const mottle = mottleRows(noise, nw, nh, width, height);

  const side = 48;
  const rows = Array.from({ length: side }, () => random.range(0, 9));
  const cols = Array.from({ length: side }, () => random.range(0, 9));
  const weave = new Uint8Array(side * side);
  for (let y = 0; y < side; y += 1) {
    for (let x = 0; x < side; x += 1) {
      weave[y * side + x] = 255 - Math.round((y % 2 === 0 ? rows[y]! : 0) + (x % 2 === 0 ? cols[x]! : 0) + 3);
    }
  }

  const soft = SOFT_LIGHT;
  const times = MULTIPLY;
  // Without a bleed the raster is its own spread, which never darkens it.
  const spread = bleed ?? data;
  const floor = BLEED_FLOOR;
  for (let y = 0; y < height; y += 1) {
    const weaveRow = (y % side) * side;
    const m = mottle.row(y);
    for (let x = 0; x < width; x += 1) {
      const w = weave[weaveRow + (x % side)]! << 8;
      const i = (y * width + x) * 3;
      const j = x * 3;
      data[i] = times[w | soft[(m[j]! << 8) | bled(data[i]!, spread[i]!, floor)]!]!;
      data[i + 1] = times[w | soft[(m[j + 1]! << 8) | bled(data[i + 1]!, spread[i + 1]!, floor)]!]!;
      data[i + 2] = times[w | soft[(m[j + 2]! << 8) | bled(data[i + 2]!, spread[i + 2]!, floor)]!]!;
    }
  }
}

/** A byte darkened towards its spread `s`, to no less than its floor. */
function bled(v: number, s: number, floor: Uint8Array): number {
  if (s >= v) return v;
  const least = floor[v]!;
  return s > least ? s : least;
}

/**
 * The darkest a byte of value v may become by the dye bleed: nine tenths of it. The full darkening
 * of the blurred copy drowned a small light shape on a dark ground (terang bulan's wax-white lines
 * and cecek, a yellow flower that read as soga) and turned a thin red band mengkudu.
 */
const BLEED_FLOOR = Uint8Array.from({ length: 256 }, (_, v) => Math.floor(v * 0.9));

/**
 * The coarse noise grid enlarged to the raster, bilinearly, one row at a time (a reused buffer:
 * read it before asking for the next). Enlarging it with libvips took 50-60 ms of a 100 ms texture
 * for a 2,000 px cloth; rows interpolated here as the loop needs them take a few.
 */
function mottleRows(noise: Buffer, nw: number, nh: number, width: number, height: number) {
  const axis = (cells: number, length: number) => {
    const index = new Int32Array(length);
    const weight = new Float32Array(length);
    for (let i = 0; i < length; i += 1) {
      const at = Math.min(cells - 1, Math.max(0, ((i + 0.5) * cells) / length - 0.5));
      index[i] = Math.min(cells - 2, Math.floor(at));
      weight[i] = at - index[i]!;
    }
    return { index, weight };
  };
  const xs = axis(nw, width);
  const ys = axis(nh, height);
  const column = new Float32Array(nw * 3);
  const row = new Uint8Array(width * 3);
  return {
    row(y: number): Uint8Array {
      const a = ys.index[y]! * nw * 3;
      const b = a + nw * 3;
      const t = ys.weight[y]!;
      for (let i = 0; i < nw * 3; i += 1) column[i] = noise[a + i]! + (noise[b + i]! - noise[a + i]!) * t;
      for (let x = 0, j = 0; x < width; x += 1, j += 3) {
        const c = xs.index[x]! * 3;
        const u = xs.weight[x]!;
        // Values stay within 0-255, so adding a half and truncating rounds them.
        row[j] = column[c]! + (column[c + 3]! - column[c]!) * u + 0.5;
        row[j + 1] = column[c + 1]! + (column[c + 4]! - column[c + 1]!) * u + 0.5;
        row[j + 2] = column[c + 2]! + (column[c + 5]! - column[c + 2]!) * u + 0.5;
      }
      return row;
    },
  };
}

/** Byte tables of a blend: index (source << 8) | backdrop. */
function table(blend: (backdrop: number, source: number) => number): Uint8Array {
  const out = new Uint8Array(256 * 256);
  for (let s = 0; s < 256; s += 1)
    for (let b = 0; b < 256; b += 1) out[(s << 8) | b] = Math.floor(blend(b / 255, s / 255) * 255 + 1e-9);
  return out;
}

/** W3C soft-light: the source lightens or darkens the backdrop around mid grey. */
const SOFT_LIGHT = table((b, s) => {
  if (s <= 0.5) return b - (1 - 2 * s) * b * (1 - b);
  const d = b <= 0.25 ? ((16 * b - 12) * b + 4) * b : Math.sqrt(b);
  return b + (2 * s - 1) * (d - b);
});

const MULTIPLY = table((b, s) => b * s);
