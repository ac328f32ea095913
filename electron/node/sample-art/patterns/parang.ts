import { n } from '../svg';
import { ukel } from '../marks/isen';
import { around, tileFill, type PatternGenerator } from './pattern-types';

/**
 * Parang (and lereng): diagonal bands of S-shaped blades, separated by a narrow strip of mlinjon
 * lozenges. Drawn horizontally and turned 45 degrees by the pattern transform.
 */
export const parang: PatternGenerator = (id, { size: s, colours: c, random }) => {
  const w = s;
  const h = s * 0.55;
  const [f0, f1] = c.fills as [string, string];
  const sw = `stroke="${c.ink}" stroke-width="${n(s * 0.012)}"`;
  const strip = h * 0.2;
  let body = `<rect width="${w}" height="${n(strip)}" fill="${c.ink}"/>`;
  body += `<rect y="${n(h - strip * 0.15)}" width="${w}" height="${n(strip * 0.15)}" fill="${c.ink}"/>`;
  for (const x of [0, w / 2, w]) {
    body += `<path d="M${n(x)} ${n(strip * 0.15)} L${n(x + strip * 0.5)} ${n(strip / 2)} L${n(x)} ${n(strip * 0.85)} L${n(x - strip * 0.5)} ${n(strip / 2)}Z" fill="${c.light}"/>`;
  }
  // The blade: a thick S from the lower left up to the upper right of the band.
  const top = strip * 1.25;
  const bottom = h * 0.93;
  const blade = (dx: number) =>
    `<path d="M${n(dx + w * 0.02)} ${n(bottom)} C${n(dx + w * 0.45)} ${n(bottom)} ${n(dx + w * 0.15)} ${n(top)} ${n(dx + w * 0.62)} ${n(top)} ` +
    `C${n(dx + w * 0.9)} ${n(top)} ${n(dx + w * 0.95)} ${n(h * 0.5)} ${n(dx + w * 0.78)} ${n(h * 0.62)} ` +
    `C${n(dx + w * 0.7)} ${n(h * 0.42)} ${n(dx + w * 0.45)} ${n(h * 0.55)} ${n(dx + w * 0.36)} ${n(bottom)}Z" fill="${f0}" ${sw}/>` +
    `<path d="M${n(dx + w * 0.2)} ${n(bottom - h * 0.05)} C${n(dx + w * 0.42)} ${n(bottom - h * 0.1)} ${n(dx + w * 0.3)} ${n(top + h * 0.1)} ${n(dx + w * 0.62)} ${n(top + h * 0.08)}" fill="none" stroke="${c.light}" stroke-width="${n(s * 0.014)}" stroke-dasharray="${n(s * 0.01)} ${n(s * 0.02)}"/>`;
  body += blade(0) + blade(-w);
  const eyes = random.int(2, 4);
  for (let i = 0; i < eyes; i += 1) {
    body += `<circle cx="${n(w * (0.12 + 0.06 * i))}" cy="${n(h * 0.42 + i * h * 0.06)}" r="${n(s * 0.018)}" fill="${f1}" ${sw}/>`;
  }
  // Ukel where the blade curls back on itself, drawn in the light of the wax.
  body += ukel(w * 0.74, h * 0.56, s * 0.035, c.light, s * 0.006);
  const angle = random.pick([-45, -45, 45]);
  return tileFill(id, { width: w, height: h, body, transform: `rotate(${angle})` }, c.ground, [
    around('blade', w * 0.48, h * 0.55, w * 0.38, h * 0.36),
    around('strip', w * 0.5, strip / 2, w * 0.45, strip * 0.6),
  ]);
};
