import { n } from '../svg';

/** Small birds and butterflies shared by the floral families (buketan, semen, tujuh rupa). */

export function butterfly(x: number, y: number, size: number, wing: string, ink: string, turn: number) {
  const sw = `stroke="${ink}" stroke-width="${n(size * 0.05)}"`;
  return (
    `<g transform="translate(${n(x)} ${n(y)}) rotate(${n(turn)})">` +
    `<ellipse cx="${n(-size * 0.38)}" cy="${n(-size * 0.25)}" rx="${n(size * 0.38)}" ry="${n(size * 0.28)}" fill="${wing}" ${sw} transform="rotate(-25)"/>` +
    `<ellipse cx="${n(size * 0.38)}" cy="${n(-size * 0.25)}" rx="${n(size * 0.38)}" ry="${n(size * 0.28)}" fill="${wing}" ${sw} transform="rotate(25)"/>` +
    `<ellipse cx="${n(-size * 0.25)}" cy="${n(size * 0.22)}" rx="${n(size * 0.24)}" ry="${n(size * 0.18)}" fill="${wing}" ${sw}/>` +
    `<ellipse cx="${n(size * 0.25)}" cy="${n(size * 0.22)}" rx="${n(size * 0.24)}" ry="${n(size * 0.18)}" fill="${wing}" ${sw}/>` +
    `<ellipse rx="${n(size * 0.07)}" ry="${n(size * 0.42)}" fill="${ink}"/></g>`
  );
}

export function bird(x: number, y: number, size: number, body: string, ink: string, flip: boolean) {
  const sw = `stroke="${ink}" stroke-width="${n(size * 0.04)}"`;
  const s = size;
  return (
    `<g transform="translate(${n(x)} ${n(y)}) scale(${flip ? -1 : 1} 1)">` +
    `<path d="M${n(-s * 0.3)} 0 Q${n(-s * 0.9)} ${n(-s * 0.15)} ${n(-s * 1.1)} ${n(s * 0.25)} Q${n(-s * 0.7)} ${n(s * 0.12)} ${n(-s * 0.3)} ${n(s * 0.15)}Z" fill="${body}" ${sw}/>` +
    `<ellipse rx="${n(s * 0.42)}" ry="${n(s * 0.24)}" fill="${body}" ${sw}/>` +
    `<circle cx="${n(s * 0.42)}" cy="${n(-s * 0.15)}" r="${n(s * 0.16)}" fill="${body}" ${sw}/>` +
    `<path d="M${n(s * 0.56)} ${n(-s * 0.17)} L${n(s * 0.74)} ${n(-s * 0.1)} L${n(s * 0.55)} ${n(-s * 0.08)}Z" fill="${ink}"/>` +
    `<path d="M${n(-s * 0.1)} ${n(-s * 0.05)} Q${n(s * 0.05)} ${n(-s * 0.6)} ${n(-s * 0.45)} ${n(-s * 0.55)} Q${n(-s * 0.3)} ${n(-s * 0.2)} ${n(-s * 0.1)} ${n(-s * 0.05)}Z" fill="${ink}" opacity="0.85"/>` +
    `<circle cx="${n(s * 0.46)}" cy="${n(-s * 0.18)}" r="${n(s * 0.03)}" fill="${ink}"/></g>`
  );
}
