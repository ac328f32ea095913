import { n } from '../svg';
import { around, tileFill, type PatternGenerator } from './pattern-types';

/**
 * Nitik: a motif built only from small squares and dots on a fine grid, imitating the woven look
 * that a split-tip canting gives (here a cakar ayam cross inside a dotted lozenge).
 */
export const nitik: PatternGenerator = (id, { size: s, colours: c, random }) => {
  const cells = 16;
  const step = s / cells;
  const dot = (gx: number, gy: number, fill: string, scale = 0.32) =>
    `<rect x="${n(gx * step - step * scale)}" y="${n(gy * step - step * scale)}" width="${n(step * scale * 2)}" height="${n(step * scale * 2)}" fill="${fill}" transform="rotate(45 ${n(gx * step)} ${n(gy * step)})"/>`;
  const [f0, f1] = c.fills as [string, string];
  const mark = c.dark ? c.light : c.ink;
  const petalLength = random.int(3, 5);
  let body = '';
  for (let gy = 0; gy <= cells; gy += 1) {
    for (let gx = 0; gx <= cells; gx += 1) {
      const dx = Math.abs(gx - cells / 2);
      const dy = Math.abs(gy - cells / 2);
      const ring = dx + dy;
      if (ring === cells / 2) body += dot(gx, gy, mark);
      else if (ring === cells / 2 - 1 && (gx + gy) % 2 === 0) body += dot(gx, gy, f1, 0.22);
      else if ((dx === 0 || dy === 0) && ring > 0 && ring <= petalLength) body += dot(gx, gy, f0, 0.4);
      else if (dx === dy && dx > 0 && dx <= 2) body += dot(gx, gy, mark, 0.26);
      else if (ring > cells / 2 && (gx + gy) % 2 === 0 && gx % 2 === 0) body += dot(gx, gy, mark, 0.14);
    }
  }
  body += dot(cells / 2, cells / 2, f1, 0.55);
  return tileFill(id, { width: s, height: s, body }, c.ground, [
    around('dots', s * 0.2, s * 0.2, s * 0.09),
    around('cross', s / 2, s / 2, step * (petalLength + 0.6)),
    around('flower', s / 2, s / 2, step * 4.6),
  ]);
};
