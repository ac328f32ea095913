import type { PaletteEntry } from '../../shared/collection-records';

type Rgb = [number, number, number];
type Lab = [number, number, number];

/** Families holding less than this share are dropped (specks of outline colour, noise). */
const MIN_SHARE = 0.03;
/** At most this many families per image: colour browse needs the main few, not every trace. */
const MAX_ENTRIES = 6;

/**
 * Dominant colours of an RGB(A) pixel buffer, each pixel snapped to the perceptually nearest batik
 * colour family (CIE Lab distance) and merged per family. `hex` is the mean real colour of the
 * pixels in that family, `share` their fraction; shares are renormalised after dropping small ones
 * so they sum to 1. Deterministic: a plain count, no random k-means seeding.
 */
export function paletteFromPixels(
  pixels: Uint8Array,
  channels: number,
  families: Record<string, string>,
): PaletteEntry[] {
  const keys = Object.keys(families).sort();
  if (keys.length === 0) return [];
  const targets = keys.map((key) => rgbToLab(hexToRgb(families[key]!)));
  // Pixels are binned to 5 bits per channel first so the Lab search runs per bin, not per pixel.
  const bins = new Map<number, { count: number; sum: Rgb }>();
  for (let i = 0; i + 2 < pixels.length; i += channels) {
    const r = pixels[i]!;
    const g = pixels[i + 1]!;
    const b = pixels[i + 2]!;
    const bin = ((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3);
    const entry = bins.get(bin) ?? { count: 0, sum: [0, 0, 0] };
    entry.count += 1;
    entry.sum[0] += r;
    entry.sum[1] += g;
    entry.sum[2] += b;
    bins.set(bin, entry);
  }
  const perFamily = new Map<number, { count: number; sum: Rgb }>();
  let total = 0;
  for (const { count, sum } of bins.values()) {
    const mean: Rgb = [sum[0] / count, sum[1] / count, sum[2] / count];
    const family = nearest(rgbToLab(mean), targets);
    const acc = perFamily.get(family) ?? { count: 0, sum: [0, 0, 0] };
    acc.count += count;
    acc.sum[0] += sum[0];
    acc.sum[1] += sum[1];
    acc.sum[2] += sum[2];
    perFamily.set(family, acc);
    total += count;
  }
  const entries = [...perFamily.entries()]
    .map(([index, { count, sum }]) => ({
      family: keys[index]!,
      hex: rgbToHex([sum[0] / count, sum[1] / count, sum[2] / count]),
      share: count / total,
    }))
    .sort((a, b) => b.share - a.share || a.family.localeCompare(b.family));
  const kept = entries.filter((entry) => entry.share >= MIN_SHARE).slice(0, MAX_ENTRIES);
  const keptTotal = kept.reduce((sum, entry) => sum + entry.share, 0);
  return kept.map((entry) => ({ ...entry, share: round(entry.share / keptTotal) }));
}

/** The index of the target nearest `lab` (squared CIE Lab distance; the first of equals). */
export function nearest(lab: Lab, targets: Lab[]): number {
  let best = 0;
  let bestDistance = Infinity;
  targets.forEach((target, index) => {
    const distance = (lab[0] - target[0]) ** 2 + (lab[1] - target[1]) ** 2 + (lab[2] - target[2]) ** 2;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = index;
    }
  });
  return best;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Parses `#rgb` or `#rrggbb`; throws naming the bad value so a typo in colour.yaml is findable. */
export function hexToRgb(hex: string): Rgb {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) throw new Error(`not a hex colour: ${hex}`);
  const digits = match[1]!.length === 3 ? [...match[1]!].map((d) => d + d).join('') : match[1]!;
  return [0, 2, 4].map((at) => parseInt(digits.slice(at, at + 2), 16)) as Rgb;
}

function rgbToHex(rgb: Rgb): string {
  return `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
}

/** sRGB (D65) to CIE Lab. */
export function rgbToLab([r, g, b]: Rgb): Lab {
  const [lr, lg, lb] = [r, g, b].map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  const x = (lr * 0.4124 + lg * 0.3576 + lb * 0.1805) / 0.95047;
  const y = lr * 0.2126 + lg * 0.7152 + lb * 0.0722;
  const z = (lr * 0.0193 + lg * 0.1192 + lb * 0.9505) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
