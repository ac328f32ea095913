import type { Colourway } from '../colourways';
import { n } from '../svg';

type Point = [number, number];

/**
 * A liong (dragon) of the Lasem and Pekalongan cloths: a thick S-shaped scaled body with a
 * dorsal crest, two clawed legs, a horned and whiskered head at the left and a flame tuft for a
 * tail. `s` is the size of one repeat; the dragon spans about 1.3 s by 0.5 s from (x, y).
 */
export function dragon(x: number, y: number, s: number, c: Colourway): string {
  const ink = c.dark ? c.light : c.ink;
  const [f0, f1, f2] = c.fills as [string, string, string];
  const curve: [Point, Point, Point, Point][] = [
    [
      [x + s * 0.12, y],
      [x + s * 0.35, y - s * 0.3],
      [x + s * 0.45, y + s * 0.3],
      [x + s * 0.7, y + s * 0.05],
    ],
    [
      [x + s * 0.7, y + s * 0.05],
      [x + s * 0.95, y - s * 0.2],
      [x + s * 1.05, y + s * 0.25],
      [x + s * 1.3, y + s * 0.05],
    ],
  ];
  const d = `M${pt(curve[0]![0])} C${pt(curve[0]![1])} ${pt(curve[0]![2])} ${pt(curve[0]![3])} C${pt(curve[1]![1])} ${pt(curve[1]![2])} ${pt(curve[1]![3])}`;
  const line = (width: number, stroke: string, extra = '') =>
    `<path d="${d}" fill="none" stroke="${stroke}" stroke-width="${n(s * width)}" stroke-linecap="round"${extra}/>`;
  let out = '';
  // Crest: fins standing out from the upper side of the body.
  for (let i = 1; i < 14; i += 1) {
    const [p, normal] = along(curve, i / 14);
    const tip: Point = [p[0] + normal[0] * s * 0.14, p[1] + normal[1] * s * 0.14];
    const side: Point = [-normal[1] * s * 0.035, normal[0] * s * 0.035];
    out += `<path d="M${pt([p[0] - side[0], p[1] - side[1]])} L${pt(tip)} L${pt([p[0] + side[0], p[1] + side[1]])}Z" fill="${f1}" stroke="${ink}" stroke-width="${n(s * 0.008)}"/>`;
  }
  for (const t of [0.22, 0.62]) {
    const [p, normal] = along(curve, t);
    const foot: Point = [p[0] - normal[0] * s * 0.17, p[1] - normal[1] * s * 0.17];
    out += `<path d="M${pt(p)} L${pt(foot)}" stroke="${ink}" stroke-width="${n(s * 0.03)}" stroke-linecap="round"/>`;
    for (const spread of [-0.05, 0, 0.05]) {
      out += `<path d="M${pt(foot)} l${n(spread * s)} ${n(s * 0.05)}" stroke="${ink}" stroke-width="${n(s * 0.012)}" stroke-linecap="round"/>`;
    }
  }
  out += line(0.2, ink) + line(0.17, f0);
  out += line(
    0.1,
    c.dark ? c.ground : c.light,
    ` stroke-dasharray="${n(s * 0.03)} ${n(s * 0.05)}" stroke-opacity="0.8"`,
  );
  const [tail] = along(curve, 1);
  out += `<path d="M${pt(tail)} q${n(s * 0.12)} ${n(-s * 0.12)} ${n(s * 0.2)} ${n(-s * 0.02)} q${n(-s * 0.08)} ${n(s * 0.02)} ${n(-s * 0.04)} ${n(s * 0.1)} q${n(-s * 0.06)} ${n(-s * 0.06)} ${n(-s * 0.16)} ${n(-s * 0.02)}Z" fill="${f2}" stroke="${ink}" stroke-width="${n(s * 0.01)}"/>`;
  // Head: long snout with open jaw, horns, whiskers and an eye.
  const [hx, hy] = curve[0]![0];
  const sw = `stroke="${ink}" stroke-width="${n(s * 0.012)}"`;
  out += `<path d="M${n(hx + s * 0.06)} ${n(hy - s * 0.08)} Q${n(hx - s * 0.1)} ${n(hy - s * 0.12)} ${n(hx - s * 0.2)} ${n(hy - s * 0.02)} L${n(hx - s * 0.08)} ${n(hy)} L${n(hx - s * 0.18)} ${n(hy + s * 0.06)} Q${n(hx - s * 0.02)} ${n(hy + s * 0.1)} ${n(hx + s * 0.07)} ${n(hy + s * 0.05)}Z" fill="${f0}" ${sw}/>`;
  out += `<path d="M${n(hx)} ${n(hy - s * 0.09)} q${n(s * 0.04)} ${n(-s * 0.14)} ${n(s * 0.14)} ${n(-s * 0.17)} M${n(hx - s * 0.04)} ${n(hy - s * 0.09)} q${n(0)} ${n(-s * 0.12)} ${n(s * 0.08)} ${n(-s * 0.2)}" fill="none" ${sw}/>`;
  out += `<path d="M${n(hx - s * 0.18)} ${n(hy - s * 0.01)} q${n(-s * 0.1)} ${n(-s * 0.02)} ${n(-s * 0.12)} ${n(-s * 0.12)} M${n(hx - s * 0.16)} ${n(hy + s * 0.06)} q${n(-s * 0.1)} ${n(s * 0.02)} ${n(-s * 0.1)} ${n(s * 0.12)}" fill="none" ${sw}/>`;
  out += `<circle cx="${n(hx - s * 0.05)}" cy="${n(hy - s * 0.06)}" r="${n(s * 0.022)}" fill="${c.dark ? c.ground : c.light}" ${sw}/>`;
  out += `<circle cx="${n(hx - s * 0.05)}" cy="${n(hy - s * 0.06)}" r="${n(s * 0.008)}" fill="${ink}"/>`;
  return out;
}

function pt([px, py]: Point): string {
  return `${n(px)} ${n(py)}`;
}

/** Point and upward unit normal at fraction t of the two-segment body curve. */
function along(curve: [Point, Point, Point, Point][], t: number): [Point, Point] {
  const segment = Math.min(1, Math.floor(t * 2));
  const u = t * 2 - segment;
  const [a, b, c, d] = curve[segment]!;
  const mt = 1 - u;
  const p: Point = [0, 1].map(
    (k) => mt ** 3 * a[k]! + 3 * mt * mt * u * b[k]! + 3 * mt * u * u * c[k]! + u ** 3 * d[k]!,
  ) as Point;
  const tangent = [0, 1].map(
    (k) => 3 * mt * mt * (b[k]! - a[k]!) + 6 * mt * u * (c[k]! - b[k]!) + 3 * u * u * (d[k]! - c[k]!),
  );
  const length = Math.hypot(tangent[0]!, tangent[1]!) || 1;
  return [p, [tangent[1]! / length, -tangent[0]! / length]];
}
