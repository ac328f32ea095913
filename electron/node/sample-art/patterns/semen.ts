import { dotGrid, leaf, n } from '../svg';
import { ukel } from '../marks/isen';
import { around, tileFill, wrapped, type PatternGenerator } from './pattern-types';

/**
 * Semen: sprouting plants (semi) with the court elements of semen rama - a stepped meru
 * mountain, a pair of sawat wings and curling tendrils - over a ground of fine dots.
 */
export const semen: PatternGenerator = (id, { size: s, colours: c, random }) => {
  const w = s * 1.4;
  const h = s * 1.2;
  const ink = c.dark ? c.light : c.ink;
  const [f0, f1, f2] = c.fills as [string, string, string];
  const sw = (width: number) => `stroke="${ink}" stroke-width="${n(s * width)}"`;
  // Latar: fine cecek with an ukel curl here and there, as on a court semen.
  let ground = dotGrid(w, h, s * 0.045, s * 0.006, ink);
  for (const [x, y] of [
    [0.5, 0.75],
    [0.08, 0.55],
    [0.92, 0.15],
    [0.4, 0.05],
  ] as const)
    ground += ukel(w * x, h * y, s * 0.04, ink, s * 0.007, x * 5);
  let body = '';
  // Sawat: two spread wings with a fan tail, the emblem of the garuda.
  const wings = (x: number, y: number, size: number) => {
    let out = `<g transform="translate(${n(x)} ${n(y)})">`;
    for (const side of [-1, 1]) {
      for (let i = 0; i < 5; i += 1) {
        const length = size * (1 - i * 0.13);
        out += `<path d="M0 0 Q${n(side * length * 0.5)} ${n(-size * 0.5 + i * size * 0.12)} ${n(side * length)} ${n(-size * 0.25 + i * size * 0.16)} Q${n(side * length * 0.6)} ${n(i * size * 0.05)} 0 ${n(size * 0.1)}Z" fill="${i % 2 ? f1 : f0}" ${sw(0.008)}/>`;
      }
    }
    out += `<path d="M${n(-size * 0.15)} ${n(size * 0.1)} L0 ${n(size * 0.55)} L${n(size * 0.15)} ${n(size * 0.1)}Z" fill="${f2}" ${sw(0.008)}/></g>`;
    return out;
  };
  // Meru: the stepped mountain of the world.
  const meru = (x: number, y: number, size: number) => {
    let out = '';
    for (let i = 0; i < 4; i += 1) {
      const half = size * (0.5 - i * 0.11);
      const top = y - size * (0.25 + i * 0.22);
      out += `<path d="M${n(x - half)} ${n(y - i * size * 0.16)} Q${n(x)} ${n(top - size * 0.2)} ${n(x + half)} ${n(y - i * size * 0.16)}Z" fill="${i % 2 ? f2 : f0}" ${sw(0.008)}/>`;
    }
    return out;
  };
  const tendril = (x: number, y: number, size: number, flip: number) => {
    let out = `<path d="M${n(x)} ${n(y)} c${n(flip * size * 0.3)} ${n(-size * 0.5)} ${n(flip * size * 0.9)} ${n(-size * 0.4)} ${n(flip * size * 0.7)} ${n(-size * 0.05)} c${n(-flip * size * 0.1)} ${n(size * 0.2)} ${n(-flip * size * 0.35)} ${n(size * 0.05)} ${n(-flip * size * 0.2)} ${n(-size * 0.08)}" fill="none" ${sw(0.012)}/>`;
    for (let i = 0; i < 3; i += 1) {
      out += leaf(
        x + flip * size * (0.15 + i * 0.2),
        y - size * (0.25 + i * 0.05),
        size * 0.25,
        flip > 0 ? -60 + i * 30 : -120 - i * 30,
        f1,
        ink,
      );
    }
    return out;
  };
  body += wings(w * 0.28, h * 0.3, s * 0.32);
  body += meru(w * 0.75, h * 0.45, s * 0.42);
  body += tendril(w * 0.2, h * 0.95, s * 0.4, 1) + tendril(w * 0.85, h * 0.98, s * 0.35, -1);
  body += tendril(w * 0.55, h * 0.2, s * 0.3, random.chance(0.5) ? 1 : -1);
  const shapes = body;
  body = ground + wrapped(w, h, 0, 0, (x, y) => `<g transform="translate(${n(x)} ${n(y)})">${shapes}</g>`);
  return tileFill(id, { width: w, height: h, body }, c.ground, [
    around('wings', w * 0.28, h * 0.3, s * 0.34, s * 0.22),
    around('meru', w * 0.75, h * 0.32, s * 0.24, s * 0.26),
    around('tendril', w * 0.35, h * 0.86, s * 0.26, s * 0.14),
    around('ground', w * 0.5, h * 0.72, s * 0.1),
  ]);
};
