import { n } from '../svg';

/**
 * Isen-isen: the small fills a batik maker draws inside and between the main shapes, each with its
 * own canting. All helpers draw around (0, 0) or in a given box, for use inside a transformed group.
 */

/** Cecek: dots scattered evenly over a disc of radius `r` (sunflower spiral, no random needed). */
export function cecek(cx: number, cy: number, r: number, count: number, dot: number, fill: string): string {
  let out = '';
  for (let i = 0; i < count; i += 1) {
    const radius = r * Math.sqrt((i + 0.5) / count);
    const angle = i * 2.39996;
    out += `<circle cx="${n(cx + radius * Math.cos(angle))}" cy="${n(cy + radius * Math.sin(angle))}" r="${n(dot)}" fill="${fill}"/>`;
  }
  return out;
}

/** Sawut: fine strokes radiating between radius `inner` and `outer`, like the veins of a petal. */
export function sawut(
  cx: number,
  cy: number,
  inner: number,
  outer: number,
  count: number,
  stroke: string,
  width: number,
): string {
  let d = '';
  for (let i = 0; i < count; i += 1) {
    const angle = (2 * Math.PI * i) / count;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    d += `M${n(cx + inner * cos)} ${n(cy + inner * sin)}L${n(cx + outer * cos)} ${n(cy + outer * sin)}`;
  }
  return `<path d="${d}" stroke="${stroke}" stroke-width="${n(width)}" stroke-linecap="round" fill="none"/>`;
}

/** Sawut across a lens (oval) of half-length `rx` along x: short strokes fanning from its midline. */
export function sawutLens(cx: number, rx: number, ry: number, count: number, stroke: string, width: number) {
  let d = '';
  for (let i = 1; i < count; i += 1) {
    const x = cx - rx + (2 * rx * i) / count;
    const half = ry * Math.sqrt(Math.max(0, 1 - ((x - cx) / rx) ** 2)) * 0.72;
    d += `M${n(x)} ${n(-half)}L${n(x)} ${n(half)}`;
  }
  return `<path d="${d}" stroke="${stroke}" stroke-width="${n(width)}" stroke-linecap="round" fill="none"/>`;
}

/** Ukel: a small curl, one and a half turns of a spiral ending in a dot. */
export function ukel(x: number, y: number, r: number, stroke: string, width: number, turn = 0): string {
  let d = '';
  const steps = 14;
  for (let i = 0; i <= steps; i += 1) {
    const t = i / steps;
    const angle = turn + t * Math.PI * 3;
    const radius = r * (1 - t * 0.8);
    d += `${i === 0 ? 'M' : 'L'}${n(x + radius * Math.cos(angle))} ${n(y + radius * Math.sin(angle))}`;
  }
  return `<path d="${d}" stroke="${stroke}" stroke-width="${n(width)}" stroke-linecap="round" fill="none"/>`;
}

/** A ground of ukel curls on a staggered grid over a w x h tile. */
export function ukelGround(w: number, h: number, step: number, stroke: string, width: number): string {
  let out = '';
  let row = 0;
  for (let y = step / 2; y < h; y += step, row += 1) {
    for (let x = step / 2 + (row % 2 ? step / 2 : 0); x < w; x += step) {
      out += ukel(x, y, step * 0.32, stroke, width, row * 1.3 + x * 0.01);
    }
  }
  return out;
}

/** Galaran: close parallel bars across a box, the striped fill of bands and plumes. */
export function galaran(
  x: number,
  y: number,
  w: number,
  h: number,
  gap: number,
  stroke: string,
  width: number,
) {
  let d = '';
  for (let at = x + gap / 2; at < x + w; at += gap) d += `M${n(at)} ${n(y)}L${n(at)} ${n(y + h)}`;
  return `<path d="${d}" stroke="${stroke}" stroke-width="${n(width)}" fill="none"/>`;
}

/** A pointed leaf with a midrib and sawut veins, from (x, y) pointing at `angle` degrees. */
export function veinedLeaf(
  x: number,
  y: number,
  length: number,
  angle: number,
  fill: string,
  stroke: string,
) {
  const w = length * 0.32;
  let veins = `M${n(length * 0.08)} 0L${n(length * 0.92)} 0`;
  for (let i = 1; i < 5; i += 1) {
    const at = (length * i) / 5;
    const reach = w * 0.55 * Math.sin((Math.PI * i) / 5);
    veins += `M${n(at)} 0L${n(at + reach * 0.6)} ${n(-reach)}M${n(at)} 0L${n(at + reach * 0.6)} ${n(reach)}`;
  }
  return (
    `<g transform="translate(${n(x)} ${n(y)}) rotate(${n(angle)})">` +
    `<path d="M0 0 Q${n(length / 2)} ${n(-w)} ${n(length)} 0 Q${n(length / 2)} ${n(w)} 0 0Z" fill="${fill}" stroke="${stroke}" stroke-width="${n(length * 0.04)}"/>` +
    `<path d="${veins}" stroke="${stroke}" stroke-width="${n(length * 0.018)}" fill="none"/></g>`
  );
}
