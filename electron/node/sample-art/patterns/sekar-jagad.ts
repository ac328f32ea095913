import type { Colourway } from '../colourways';
import { lightness } from '../colourways';
import { n } from '../svg';
import { ceplok } from './ceplok';
import { kawung } from './kawung';
import { nitik } from './nitik';
import { parang } from './parang';
import { truntum } from './truntum';
import type { Fill, PatternGenerator } from './pattern-types';

/**
 * Sekar jagad: a map of irregular "islands", each filled with a different small pattern and
 * outlined, over a base pattern. Not a repeating tile: the islands are laid out per region.
 */
export const sekarJagad: PatternGenerator = (id, ctx) => {
  const small = { ...ctx, size: ctx.size * 0.45 };
  const makers = [kawung, parang, truntum, nitik, ceplok];
  const fills: Fill[] = makers.map((make, i) =>
    make(`${id}-i${i}`, {
      ...small,
      colours: varied(ctx.colours, i),
      random: ctx.random.fork(`island-${i}`),
    }),
  );
  const base = ceplok(`${id}-base`, { ...small, random: ctx.random.fork('base') });
  const defs = base.defs + fills.map((fill) => fill.defs).join('');
  let count = 0;
  const paint = (x: number, y: number, w: number, h: number) => {
    const random = ctx.random.fork(`region-${count}`);
    const clip = `${id}-clip${count++}`;
    let out = `<clipPath id="${clip}"><rect x="${x}" y="${y}" width="${w}" height="${h}"/></clipPath><g clip-path="url(#${clip})">`;
    out += base.paint(x, y, w, h);
    const step = ctx.size * 1.1;
    for (let gy = y - step / 2; gy < y + h + step / 2; gy += step * 0.8) {
      for (let gx = x - step / 2; gx < x + w + step / 2; gx += step) {
        const cx = gx + random.range(0, step * 0.5);
        const cy = gy + random.range(0, step * 0.4);
        const island = blob(cx, cy, step * random.range(0.55, 0.75), random.range(0, 6.28), random.int(5, 8));
        const pattern = `url(#${id}-i${random.int(0, makers.length - 1)})`;
        out += `<path d="${island}" fill="${pattern}" stroke="${ctx.colours.ink}" stroke-width="${n(ctx.size * 0.015)}"/>`;
      }
    }
    return `${out}</g>`;
  };
  return { defs, paint };
};

/**
 * Makers (by index) whose islands are dyed, each on the cloth's next dye: the nitik's sparse dots
 * first, the ground showing most there, then the parang.
 */
const DYED_ISLANDS = [3, 1];

/**
 * Island `index`'s colours: the fills turned by `index`, and the nitik and parang islands on a
 * ground of the cloth's first and second dye, light lines on a dark one, as the islands of a
 * patchwork are dyed apart (Madura's red, green and blue; Solo's soga and indigo).
 */
function varied(colours: Colourway, index: number): Colourway {
  const fills = colours.fills.map((_, i) => colours.fills[(i + index) % colours.fills.length]!);
  const dyed = DYED_ISLANDS.indexOf(index);
  const dye = dyed >= 0 ? colours.dyes[dyed % colours.dyes.length] : undefined;
  if (!dye) return { ...colours, fills };
  return {
    ...colours,
    ground: dye,
    fills: fills.map((hex) => (hex === dye ? colours.light : hex)),
    ...(lightness(dye) < 0.35 ? { ink: colours.light } : {}),
  };
}

/** A rounded irregular polygon, the outline of one island: a quadratic curve through edge midpoints. */
function blob(cx: number, cy: number, r: number, turn: number, corners: number): string {
  const points: [number, number][] = [];
  for (let i = 0; i < corners; i += 1) {
    const angle = turn + (2 * Math.PI * i) / corners;
    const radius = r * (0.75 + 0.25 * Math.sin(i * 2.3 + turn));
    points.push([cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)]);
  }
  const mid = (i: number) => {
    const a = points[i % corners]!;
    const b = points[(i + 1) % corners]!;
    return `${n((a[0] + b[0]) / 2)} ${n((a[1] + b[1]) / 2)}`;
  };
  let d = `M${mid(corners - 1)}`;
  points.forEach(([px, py], i) => {
    d += ` Q${n(px)} ${n(py)} ${mid(i)}`;
  });
  return `${d}Z`;
}
