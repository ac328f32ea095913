import { cecek, sawut } from '../marks/isen';
import { n } from '../svg';

/** Court elements of the sido and semen fields, each drawn centred on (x, y) within `size`. */

/** Sawat: a garuda's spread pair of wings with a fan tail. */
export function sawat(x: number, y: number, size: number, fills: string[], ink: string): string {
  const sw = `stroke="${ink}" stroke-width="${n(size * 0.025)}"`;
  let out = `<g transform="translate(${n(x)} ${n(y - size * 0.1)})">`;
  for (const side of [-1, 1]) {
    for (let i = 0; i < 5; i += 1) {
      const length = size * (0.9 - i * 0.12);
      out += `<path d="M0 0 Q${n(side * length * 0.5)} ${n(-size * 0.45 + i * size * 0.1)} ${n(side * length)} ${n(-size * 0.2 + i * size * 0.14)} Q${n(side * length * 0.6)} ${n(i * size * 0.05)} 0 ${n(size * 0.1)}Z" fill="${fills[i % 2]}" ${sw}/>`;
    }
  }
  out += `<path d="M${n(-size * 0.14)} ${n(size * 0.08)} L0 ${n(size * 0.5)} L${n(size * 0.14)} ${n(size * 0.08)}Z" fill="${fills[2]}" ${sw}/>`;
  return `${out}</g>`;
}

/** Candi: a stepped temple with a doorway and a pinnacle. */
export function candi(
  x: number,
  y: number,
  size: number,
  fills: string[],
  ink: string,
  light: string,
): string {
  const sw = `stroke="${ink}" stroke-width="${n(size * 0.025)}"`;
  const base = y + size * 0.42;
  let out = '';
  for (let i = 0; i < 4; i += 1) {
    const half = size * (0.42 - i * 0.09);
    const top = base - size * 0.2 * (i + 1);
    out += `<rect x="${n(x - half)}" y="${n(top)}" width="${n(half * 2)}" height="${n(size * 0.2)}" fill="${fills[i % 2]}" ${sw}/>`;
  }
  out += `<path d="M${n(x - size * 0.07)} ${n(base - size * 0.8)} L${n(x)} ${n(base - size * 0.98)} L${n(x + size * 0.07)} ${n(base - size * 0.8)}Z" fill="${fills[2]}" ${sw}/>`;
  out += `<path d="M${n(x - size * 0.08)} ${n(base)} L${n(x - size * 0.08)} ${n(base - size * 0.24)} Q${n(x)} ${n(base - size * 0.34)} ${n(x + size * 0.08)} ${n(base - size * 0.24)} L${n(x + size * 0.08)} ${n(base)}Z" fill="${ink}"/>`;
  out += cecek(x, base - size * 0.5, size * 0.05, 5, size * 0.012, light);
  return out;
}

/** A ceplok bloom: eight pointed petals with sawut veins round a dotted heart. */
export function bloom(
  x: number,
  y: number,
  size: number,
  petal: string,
  heart: string,
  ink: string,
  light: string,
) {
  const sw = `stroke="${ink}" stroke-width="${n(size * 0.025)}"`;
  let out = `<g transform="translate(${n(x)} ${n(y)})">`;
  for (let i = 0; i < 8; i += 1) {
    out += `<path d="M0 0 Q${n(size * 0.16)} ${n(-size * 0.22)} 0 ${n(-size * 0.46)} Q${n(-size * 0.16)} ${n(-size * 0.22)} 0 0Z" fill="${petal}" ${sw} transform="rotate(${i * 45})"/>`;
  }
  out += sawut(0, 0, size * 0.18, size * 0.36, 16, light, size * 0.012);
  out += `<circle r="${n(size * 0.14)}" fill="${heart}" ${sw}/>`;
  out += cecek(0, 0, size * 0.09, 6, size * 0.014, light);
  return `${out}</g>`;
}

/** A four-lobed ceplok star, the panel of sido luhur. */
export function ceplokStar(x: number, y: number, size: number, fill: string, heart: string, ink: string) {
  const sw = `stroke="${ink}" stroke-width="${n(size * 0.025)}"`;
  let out = `<g transform="translate(${n(x)} ${n(y)})">`;
  for (let i = 0; i < 4; i += 1) {
    out += `<ellipse cx="0" cy="${n(-size * 0.24)}" rx="${n(size * 0.15)}" ry="${n(size * 0.22)}" fill="${fill}" ${sw} transform="rotate(${i * 90 + 45})"/>`;
  }
  out += `<circle r="${n(size * 0.12)}" fill="${heart}" ${sw}/>`;
  return `${out}</g>`;
}
