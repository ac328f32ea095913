import { flower, leaf, n } from '../svg';
import { ukel } from '../marks/isen';
import { floralColours } from './floral-colours';
import { around, tileFill, wrapped, type PatternGenerator } from './pattern-types';

/**
 * Generic fallback: lung-lungan, a running tendril with leaves and small flowers, used when a
 * motif has no drawing of its own. It reads as batik without claiming to be any named motif.
 */
export const lungLungan: PatternGenerator = (id, { size: s, colours: c, random }) => {
  const w = s;
  const h = s * 0.7;
  const ink = c.dark ? c.light : c.ink;
  const { leaf: f1, blooms } = floralColours(c);
  const f0 = blooms[0]!;
  const wave = `M0 ${n(h / 2)} C${n(w * 0.25)} ${n(h * 0.1)} ${n(w * 0.25)} ${n(h * 0.9)} ${n(w * 0.5)} ${n(h / 2)} S${n(w * 0.75)} ${n(h * 0.1)} ${n(w)} ${n(h / 2)}`;
  let body = `<path d="${wave}" fill="none" stroke="${ink}" stroke-width="${n(s * 0.018)}"/>`;
  // Leaves and flowers large enough to carry their dyes (gentongan's "large flowers and tendrils"),
  // so they reach over the tile's edge and are drawn wrapped, continuing into the next repeat.
  for (let i = 0; i < 4; i += 1) {
    const x = w * (0.12 + i * 0.25);
    const y = h * (i % 2 ? 0.62 : 0.38);
    body += wrapped(w, h, x, y, (lx, ly) => leaf(lx, ly, s * 0.22, i % 2 ? 40 : -40, f1, ink));
  }
  for (const [x, y] of [
    [w * 0.25, h * 0.2],
    [w * 0.75, h * 0.8],
  ] as const) {
    const petals = random.pick([5, 6]);
    body += wrapped(w, h, x, y, (fx, fy) => flower(fx, fy, s * 0.15, petals, f0, c.light, ink));
  }
  body +=
    ukel(w * 0.5, h * 0.2, s * 0.05, ink, s * 0.008) + ukel(w * 0.02, h * 0.85, s * 0.05, ink, s * 0.008, 2);
  for (let i = 0; i < 12; i += 1) {
    body += `<circle cx="${n(((i * 37) % 100) * w * 0.01)}" cy="${n(((i * 53) % 100) * h * 0.01)}" r="${n(s * 0.008)}" fill="${ink}"/>`;
  }
  return tileFill(id, { width: w, height: h, body }, c.ground, [
    around('tendril', w * 0.5, h * 0.5, w * 0.3, h * 0.25),
    around('leaf', w * 0.37, h * 0.62, s * 0.1),
    around('flower', w * 0.25, h * 0.2, s * 0.16),
    around('dots', w * 0.5, h * 0.2, s * 0.07),
  ]);
};
