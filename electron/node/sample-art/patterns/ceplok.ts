import { dotRing, flower, n, polygon, starPoints } from '../svg';
import { sawut } from '../marks/isen';
import { around, atCorners, tileFill, type PatternGenerator } from './pattern-types';

/**
 * Ceplok / jlamprang: a square grid of eight-pointed stars (the patola-derived jlamprang star),
 * with quarter stars meeting at the tile corners and dotted diagonals between them.
 */
export const ceplok: PatternGenerator = (id, { size: s, colours: c, random }) => {
  const [f0, f1, f2] = c.fills as [string, string, string];
  const stroke = `stroke="${c.ink}" stroke-width="${n(s * 0.012)}"`;
  const petals = random.pick([6, 8]);
  let body = atCorners(
    s,
    (x, y) =>
      polygon(starPoints(x, y, s * 0.24, s * 0.18, 8, Math.PI / 8), `fill="${f2}" ${stroke}`) +
      `<circle cx="${x}" cy="${y}" r="${n(s * 0.1)}" fill="${f1}" ${stroke}/>` +
      dotRing(x, y, s * 0.15, 16, s * 0.008, c.light),
  );
  for (const [x, y] of [
    [s / 2, 0],
    [0, s / 2],
    [s, s / 2],
    [s / 2, s],
  ] as const) {
    body += polygon(
      [
        [x, y - s * 0.07],
        [x + s * 0.07, y],
        [x, y + s * 0.07],
        [x - s * 0.07, y],
      ],
      `fill="${c.ink}"`,
    );
    body += `<circle cx="${x}" cy="${y}" r="${n(s * 0.02)}" fill="${c.light}"/>`;
  }
  // Dotted diagonals: the nitik-like lines linking the stars in old Pekalongan jlamprang.
  for (let t = 0.16; t < 0.36; t += 0.035) {
    for (const [dx, dy] of [
      [1, 1],
      [-1, 1],
      [1, -1],
      [-1, -1],
    ] as const) {
      body += `<circle cx="${n(s / 2 + dx * t * s)}" cy="${n(s / 2 + dy * t * s)}" r="${n(s * 0.009)}" fill="${c.ink}"/>`;
    }
  }
  body += polygon(starPoints(s / 2, s / 2, s * 0.3, s * 0.23, 8, Math.PI / 8), `fill="${f0}" ${stroke}`);
  body += dotRing(s / 2, s / 2, s * 0.235, 24, s * 0.008, c.light);
  // Sawut: fine strokes fanning through the star's body between its dot ring and the centre.
  body += sawut(s / 2, s / 2, s * 0.165, s * 0.22, 40, c.light, s * 0.004);
  body += `<circle cx="${s / 2}" cy="${s / 2}" r="${n(s * 0.15)}" fill="${f1}" ${stroke}/>`;
  body += flower(s / 2, s / 2, s * 0.11, petals, c.light, f2, c.ink);
  return tileFill(id, { width: s, height: s, body }, c.ground, [
    around('star', s / 2, s / 2, s * 0.31),
    around('flower', s / 2, s / 2, s * 0.13),
    around('grid', s * 0.76, s * 0.76, s * 0.12),
    around('cross', s / 2, 0, s * 0.08),
  ]);
};
