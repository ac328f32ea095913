import { dotRing, n, starPoints, polygon } from '../svg';
import { around, atCorners, tileFill, type PatternGenerator } from './pattern-types';

/**
 * Truntum: small star-flowers scattered evenly over a dark ground, each a ring of petals round a
 * dot, with tiny four-point stars between them.
 */
export const truntum: PatternGenerator = (id, { size: s, colours: c, random }) => {
  const petal = c.dark ? c.light : c.ink;
  const accent = c.fills[0]!;
  const bloom = (x: number, y: number, r: number) =>
    dotRing(x, y, r, 8, r * 0.42, petal) +
    `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r * 0.45)}" fill="${accent}" stroke="${petal}" stroke-width="${n(r * 0.12)}"/>` +
    dotRing(x, y, r * 1.75, 16, r * 0.09, petal);
  const r = s * random.range(0.07, 0.09);
  let body = bloom(s / 2, s / 2, r);
  body += atCorners(s, (x, y) => bloom(x, y, r));
  for (const [x, y] of [
    [s / 2, 0],
    [0, s / 2],
    [s, s / 2],
    [s / 2, s],
  ] as const) {
    body += polygon(starPoints(x, y, s * 0.05, s * 0.012, 4), `fill="${petal}"`);
  }
  return tileFill(id, { width: s, height: s, body }, c.ground, [
    around('flower', s / 2, s / 2, r * 1.9),
    around('ground', s * 0.25, s * 0.25, s * 0.08),
  ]);
};
