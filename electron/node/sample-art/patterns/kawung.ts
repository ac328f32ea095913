import { n } from '../svg';
import { sawutLens } from '../marks/isen';
import { around, atCorners, tileFill, type PatternGenerator } from './pattern-types';

/**
 * Kawung: four ovals round a centre (kiblat papat lima pancer), the ovals of neighbouring
 * groups touching tip to tip so the grid reads as a lattice of circles.
 */
export const kawung: PatternGenerator = (id, { size: s, colours: c, random }) => {
  const f0 = c.fills[0]!;
  const sw = `stroke="${c.ink}" stroke-width="${n(s * 0.012)}"`;
  const picis = random.chance(0.5); // kawung picis: small dots inside each oval
  const group = (cx: number, cy: number) => {
    let out = '';
    for (let k = 0; k < 4; k += 1) {
      const angle = 45 + 90 * k;
      out += `<g transform="translate(${n(cx)} ${n(cy)}) rotate(${angle})">`;
      out += `<ellipse cx="${n(s * 0.18)}" cy="0" rx="${n(s * 0.168)}" ry="${n(s * 0.105)}" fill="${f0}" ${sw}/>`;
      out += `<ellipse cx="${n(s * 0.19)}" cy="0" rx="${n(s * 0.1)}" ry="${n(s * 0.055)}" fill="${c.ground}" ${sw}/>`;
      out += picis
        ? `<circle cx="${n(s * 0.19)}" cy="0" r="${n(s * 0.02)}" fill="${c.ink}"/>`
        : sawutLens(s * 0.19, s * 0.09, s * 0.05, 7, c.ink, s * 0.006);
      out += '</g>';
    }
    out += `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(s * 0.035)}" fill="${c.fills[1]}" ${sw}/>`;
    return out;
  };
  let body = group(s / 2, s / 2);
  body += atCorners(s, (x, y) => group(x, y));
  // Isen between the rings: a single dot where four circles leave a gap.
  for (const [x, y] of [
    [s / 2, 0],
    [0, s / 2],
    [s, s / 2],
    [s / 2, s],
  ] as const) {
    body += `<circle cx="${x}" cy="${y}" r="${n(s * 0.025)}" fill="${c.fills[2]}"/>`;
  }
  const half = s * 0.18 * Math.SQRT1_2;
  return tileFill(id, { width: s, height: s, body }, c.ground, [
    around('oval', s / 2 + half, s / 2 + half, s * 0.16),
    around('centre', s / 2, s / 2, s * 0.05),
    around('group', s / 2, s / 2, s * 0.38),
  ]);
};
