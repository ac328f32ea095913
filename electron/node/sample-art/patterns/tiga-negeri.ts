import { dyeSwatch, mix } from '../colourways';
import { cecek, sawut, ukelGround, veinedLeaf } from '../marks/isen';
import { n } from '../svg';
import { around, tileFill, wrapped, type PatternGenerator } from './pattern-types';

/**
 * Tiga negeri: three dye zones, one per town of the story - large shapes in Lasem's mengkudu red
 * (a phoenix when the piece names burung hong, else big blossoms), leaves and small flowers in
 * Pekalongan's indigo blue, and Solo's soga brown in the ground: brown islands of ukel isen between
 * them. The colours are the dyes themselves, not the piece's colourway roles, so the three zones
 * read as three dyes whatever else the record lists.
 */
export const tigaNegeri: PatternGenerator = (id, { size: s, colours: c, motif, companions = [] }) => {
  const w = s * 1.8;
  const h = s * 1.3;
  const red = dyeSwatch('mengkudu');
  const blue = dyeSwatch('indigo');
  const soga = dyeSwatch('soga');
  const cream = c.dark ? mix(soga, '#efe5cf', 0.8) : c.ground;
  const ink = mix(blue, '#1d1512', 0.5);
  const phoenix = motif === 'tiga-negeri' && (companions.includes('burung-hong') || companions.length <= 1);
  // Soga zone: brown islands with cream ukel, and soga isen over the rest of the ground.
  let zone = `<ellipse cx="${n(w * 0.72)}" cy="${n(h * 0.72)}" rx="${n(s * 0.42)}" ry="${n(s * 0.3)}" fill="${soga}"/>`;
  zone += `<ellipse cx="${n(w * 0.16)}" cy="${n(h * 0.2)}" rx="${n(s * 0.3)}" ry="${n(s * 0.22)}" fill="${soga}"/>`;
  let scene = '';
  if (phoenix) scene += redPhoenix(w * 0.38, h * 0.42, s, red, ink, cream);
  else {
    scene += redBlossom(w * 0.3, h * 0.42, s * 0.3, red, ink, cream);
    scene += redBlossom(w * 0.66, h * 0.2, s * 0.18, red, ink, cream);
  }
  // Indigo zone: leaves and small blue flowers round the red shapes.
  for (const [x, y, a] of [
    [0.12, 0.62, -30],
    [0.52, 0.7, 210],
    [0.88, 0.34, 150],
    [0.58, 0.95, -60],
  ] as const)
    scene += veinedLeaf(w * x, h * y, s * 0.36, a, blue, ink);
  for (const [x, y] of [
    [0.06, 0.92],
    [0.95, 0.08],
  ] as const)
    scene += `<circle cx="${n(w * x)}" cy="${n(h * y)}" r="${n(s * 0.07)}" fill="${blue}" stroke="${ink}" stroke-width="${n(s * 0.01)}"/>`;
  scene += `<circle cx="${n(w * 0.9)}" cy="${n(h * 0.78)}" r="${n(s * 0.08)}" fill="${blue}" stroke="${ink}" stroke-width="${n(s * 0.01)}"/>`;
  scene += sawut(w * 0.9, h * 0.78, s * 0.03, s * 0.07, 10, cream, s * 0.008);
  const body =
    `<g stroke="${soga}" opacity="0.9">${ukelGround(w, h, s * 0.09, soga, s * 0.007)}</g>` +
    wrapped(w, h, 0, 0, (x, y) => `<g transform="translate(${n(x)} ${n(y)})">${zone}</g>`) +
    wrapped(
      w,
      h,
      0,
      0,
      (x, y) =>
        `<g transform="translate(${n(x)} ${n(y)})">${cecek(w * 0.72, h * 0.72, s * 0.3, 30, s * 0.012, cream)}${scene}</g>`,
    );
  return tileFill(id, { width: w, height: h, body }, cream, [
    around('red', phoenix ? w * 0.38 : w * 0.3, h * 0.42, s * 0.3, s * 0.24),
    around('blue', w * 0.12 + s * 0.12, h * 0.62 - s * 0.07, s * 0.16, s * 0.1),
    around('soga', w * 0.72, h * 0.72, s * 0.34, s * 0.22),
    around('phoenix', w * 0.38, h * 0.42, s * 0.42, s * 0.3),
  ]);
};

/** A Lasem phoenix in red: body, crest, one wing and three long plumes. */
function redPhoenix(x: number, y: number, s: number, red: string, ink: string, light: string): string {
  const sw = `stroke="${ink}" stroke-width="${n(s * 0.01)}"`;
  let out = '';
  for (let i = 0; i < 3; i += 1) {
    const spread = (i - 1) * s * 0.1;
    out += `<path d="M${n(x)} ${n(y)} C${n(x - s * 0.2)} ${n(y + s * 0.1 + spread)} ${n(x - s * 0.3)} ${n(y - s * 0.2 + spread)} ${n(x - s * 0.45)} ${n(y - s * 0.04 + spread)} C${n(x - s * 0.3)} ${n(y + s * 0.02 + spread)} ${n(x - s * 0.2)} ${n(y + s * 0.14 + spread)} ${n(x)} ${n(y + s * 0.05)}Z" fill="${red}" ${sw}/>`;
  }
  out += `<ellipse cx="${n(x + s * 0.08)}" cy="${n(y)}" rx="${n(s * 0.16)}" ry="${n(s * 0.09)}" fill="${red}" ${sw}/>`;
  out += `<path d="M${n(x + s * 0.05)} ${n(y - s * 0.02)} Q${n(x + s * 0.1)} ${n(y - s * 0.36)} ${n(x - s * 0.18)} ${n(y - s * 0.3)} Q${n(x - s * 0.04)} ${n(y - s * 0.16)} ${n(x + s * 0.05)} ${n(y - s * 0.02)}Z" fill="${red}" ${sw}/>`;
  out += sawut(x + s * 0.02, y - s * 0.12, s * 0.04, s * 0.14, 9, light, s * 0.006);
  out += `<circle cx="${n(x + s * 0.27)}" cy="${n(y - s * 0.09)}" r="${n(s * 0.055)}" fill="${red}" ${sw}/>`;
  out += `<path d="M${n(x + s * 0.31)} ${n(y - s * 0.1)} l${n(s * 0.07)} ${n(s * 0.02)} l${n(-s * 0.07)} ${n(s * 0.02)}Z" fill="${ink}"/>`;
  return out;
}

/** A large red blossom with sawut veins and a cecek heart. */
function redBlossom(x: number, y: number, r: number, red: string, ink: string, light: string): string {
  let out = '';
  for (let i = 0; i < 6; i += 1) {
    const a = (i * 60 * Math.PI) / 180;
    out += `<circle cx="${n(x + Math.cos(a) * r * 0.55)}" cy="${n(y + Math.sin(a) * r * 0.55)}" r="${n(r * 0.45)}" fill="${red}" stroke="${ink}" stroke-width="${n(r * 0.04)}"/>`;
  }
  out += sawut(x, y, r * 0.3, r * 0.85, 18, light, r * 0.02);
  out += `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r * 0.28)}" fill="${red}" stroke="${ink}" stroke-width="${n(r * 0.04)}"/>`;
  out += cecek(x, y, r * 0.2, 7, r * 0.035, light);
  return out;
}
