import { n } from '../svg';
import { dragon } from './dragon';
import { galaran } from '../marks/isen';
import { around, tileFill, wrapped, type PatternGenerator } from './pattern-types';

/**
 * Liong and burung hong: a stylised dragon (see dragon.ts) and a phoenix
 * (flowing tail plumes, spread wing) among small clouds, as on Lasem and Pekalongan cloths.
 */
export const mythicBeasts: PatternGenerator = (id, { size: s, colours: c, random }) => {
  const w = s * 2;
  const h = s * 1.3;
  const ink = c.dark ? c.light : c.ink;
  const [f0, f1, f2] = c.fills as [string, string, string];
  const sw = `stroke="${ink}" stroke-width="${n(s * 0.01)}"`;
  let body = '';
  body += dragon(w * 0.08, h * 0.3, s * 0.95, c);
  // Phoenix: body, head crest, wing and three long tail plumes.
  const px = w * 0.72;
  const py = h * 0.74;
  let plumes = '';
  for (let i = 0; i < 3; i += 1) {
    const spread = (i - 1) * s * 0.12;
    plumes += `<path d="M${n(px)} ${n(py)} C${n(px - s * 0.3)} ${n(py + s * 0.1 + spread)} ${n(px - s * 0.5)} ${n(py - s * 0.25 + spread)} ${n(px - s * 0.8)} ${n(py - s * 0.05 + spread)} C${n(px - s * 0.55)} ${n(py + s * 0.02 + spread)} ${n(px - s * 0.35)} ${n(py + s * 0.15 + spread)} ${n(px)} ${n(py + s * 0.05)}Z" fill="${[f1, f2, f0][i]}" ${sw}/>`;
  }
  body += plumes;
  // Galaran: close bars across the plumes' root, the striped isen of Lasem phoenix tails.
  body += `<g opacity="0.8">${galaran(px - s * 0.42, py - s * 0.06, s * 0.22, s * 0.1, s * 0.025, ink, s * 0.005)}</g>`;
  body += `<ellipse cx="${n(px + s * 0.08)}" cy="${n(py)}" rx="${n(s * 0.16)}" ry="${n(s * 0.08)}" fill="${f0}" ${sw}/>`;
  body += `<path d="M${n(px + s * 0.05)} ${n(py - s * 0.02)} Q${n(px + s * 0.1)} ${n(py - s * 0.4)} ${n(px - s * 0.2)} ${n(py - s * 0.35)} Q${n(px - s * 0.05)} ${n(py - s * 0.2)} ${n(px + s * 0.05)} ${n(py - s * 0.02)}Z" fill="${f2}" ${sw}/>`;
  body += `<circle cx="${n(px + s * 0.27)}" cy="${n(py - s * 0.09)}" r="${n(s * 0.055)}" fill="${f0}" ${sw}/>`;
  body += `<path d="M${n(px + s * 0.31)} ${n(py - s * 0.1)} l${n(s * 0.07)} ${n(s * 0.02)} l${n(-s * 0.07)} ${n(s * 0.02)}Z" fill="${ink}"/>`;
  body += `<path d="M${n(px + s * 0.25)} ${n(py - s * 0.14)} q${n(-s * 0.02)} ${n(-s * 0.1)} ${n(s * 0.06)} ${n(-s * 0.13)}" fill="none" ${sw}/>`;
  // Small clouds filling the gaps.
  for (let i = 0; i < 5; i += 1) {
    const cx = random.range(0.05, 0.95) * w;
    const cy = random.range(0.55, 0.95) * h * (i % 2 ? 1 : 0.2) + (i % 2 ? 0 : h * 0.75);
    if (Math.abs(cx - px) < s * 0.5 && Math.abs(cy - py) < s * 0.3) continue;
    body += `<path d="M${n(cx - s * 0.1)} ${n(cy)} a${n(s * 0.05)} ${n(s * 0.05)} 0 0 1 ${n(s * 0.1)} 0 a${n(s * 0.05)} ${n(s * 0.05)} 0 0 1 ${n(s * 0.1)} 0 q${n(-s * 0.1)} ${n(s * 0.06)} ${n(-s * 0.2)} 0Z" fill="${f2}" ${sw}/>`;
  }
  const shapes = body;
  body = wrapped(w, h, 0, 0, (x, y) => `<g transform="translate(${n(x)} ${n(y)})">${shapes}</g>`);
  const fill = tileFill(id, { width: w, height: h, body }, c.ground, [
    around('dragon', w * 0.08 + s * 0.62, h * 0.3, s * 0.68, s * 0.36),
    around('phoenix', px - s * 0.25, py - s * 0.1, s * 0.58, s * 0.32),
    around('cloud', w * 0.5, h * 0.9, s * 0.15, s * 0.08),
  ]);
  // The dragon's body carries the first dye; crest, plumes, wing and clouds are small shapes.
  return { ...fill, bulk: [f0] };
};
