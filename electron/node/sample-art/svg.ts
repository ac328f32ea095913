/** Tiny helpers for writing SVG by string: numbers are rounded so files stay small and stable. */

export const n = (value: number): string => String(Math.round(value * 100) / 100);

/** A closed polygon through `points`. */
export function polygon(points: [number, number][], style: string): string {
  return `<polygon points="${points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" ${style}/>`;
}

/** Points of a regular star with `tips` tips, alternating outer and inner radius. */
export function starPoints(cx: number, cy: number, outer: number, inner: number, tips: number, turn = 0) {
  const points: [number, number][] = [];
  for (let i = 0; i < tips * 2; i += 1) {
    const angle = turn + (Math.PI * i) / tips - Math.PI / 2;
    const radius = i % 2 === 0 ? outer : inner;
    points.push([cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)]);
  }
  return points;
}

/** A ring of small dots (cecek, the canting dots that fill batik shapes). */
export function dotRing(cx: number, cy: number, radius: number, count: number, dot: number, fill: string) {
  let out = '';
  for (let i = 0; i < count; i += 1) {
    const angle = (2 * Math.PI * i) / count;
    out += `<circle cx="${n(cx + radius * Math.cos(angle))}" cy="${n(cy + radius * Math.sin(angle))}" r="${n(dot)}" fill="${fill}"/>`;
  }
  return out;
}

/** A flower of `petals` ellipses round a centre. */
export function flower(
  cx: number,
  cy: number,
  size: number,
  petals: number,
  petal: string,
  centre: string,
  stroke: string,
  turn = 0,
): string {
  let out = `<g transform="translate(${n(cx)} ${n(cy)}) rotate(${n(turn)})">`;
  for (let i = 0; i < petals; i += 1) {
    out += `<ellipse cx="0" cy="${n(-size * 0.55)}" rx="${n(size * 0.28)}" ry="${n(size * 0.48)}" fill="${petal}" stroke="${stroke}" stroke-width="${n(size * 0.06)}" transform="rotate(${n((360 * i) / petals)})"/>`;
  }
  out += `<circle r="${n(size * 0.26)}" fill="${centre}" stroke="${stroke}" stroke-width="${n(size * 0.06)}"/></g>`;
  return out;
}

/** A pointed leaf from (x, y) pointing at `angle` degrees. */
export function leaf(
  x: number,
  y: number,
  length: number,
  angle: number,
  fill: string,
  stroke: string,
): string {
  const w = length * 0.32;
  return `<path d="M0 0 Q${n(length / 2)} ${n(-w)} ${n(length)} 0 Q${n(length / 2)} ${n(w)} 0 0Z" transform="translate(${n(x)} ${n(y)}) rotate(${n(angle)})" fill="${fill}" stroke="${stroke}" stroke-width="${n(length * 0.04)}"/>`;
}

/** A regular grid of dots over a w x h tile (ground filler). */
export function dotGrid(w: number, h: number, step: number, dot: number, fill: string, offset = 0): string {
  let out = '';
  for (let y = step / 2; y < h; y += step) {
    const shift = Math.round(y / step) % 2 === 0 ? offset : 0;
    for (let x = step / 2 + shift; x < w; x += step) {
      out += `<circle cx="${n(x)}" cy="${n(y)}" r="${n(dot)}" fill="${fill}"/>`;
    }
  }
  return out;
}
