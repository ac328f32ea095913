import type { BoxRect } from './zoom-focus';

/** A point on the image, in fractions of its width and height. */
export interface MarkPoint {
  x: number;
  y: number;
}

/** Where a mark is drawn and hit: its own point, else the middle of its box. */
export function markPoint(mark: { box: BoxRect; at?: MarkPoint }): MarkPoint {
  return mark.at ?? { x: mark.box.x + mark.box.width / 2, y: mark.box.y + mark.box.height / 2 };
}

/**
 * How close two marks may sit, as a share of the image's long side: a 48 px mark on an image shown
 * 700-1000 px long at the whole-cloth view. Closer, their numbers would cover each other.
 */
export const MARK_SPACING = 0.065;

/**
 * Where each mark sits: the middle of its place, unless another mark sits there already (a
 * cloth's kepala, its papan and its tumpal share a middle; a motif element's box can share the
 * badan's). Smaller places are placed first, and a mark that finds its middle taken moves to the
 * nearest free point inside its own place, so it still points at what it names; with no free
 * point, to the one furthest from the others. `aspect` is the image's
 * height over its width: the spacing is measured the way the visitor sees it, not in fractions.
 */
export function markAnchors(boxes: readonly BoxRect[], aspect: number, spacing = MARK_SPACING): MarkPoint[] {
  // Lengths in shares of the long side, so a step is the same on screen both ways.
  const sx = aspect > 1 ? 1 / aspect : 1;
  const sy = aspect > 1 ? 1 : aspect;
  const placed: MarkPoint[] = [];
  const gap = (point: MarkPoint) =>
    placed.reduce(
      (nearest, other) => Math.min(nearest, Math.hypot((point.x - other.x) * sx, (point.y - other.y) * sy)),
      Infinity,
    );
  // The smallest places first: they have the least room to move in, a badan has plenty.
  const order = boxes.map((_, i) => i).sort((a, b) => area(boxes[a]!) - area(boxes[b]!) || a - b);
  const anchors: MarkPoint[] = new Array<MarkPoint>(boxes.length);
  for (const i of order) {
    const box = boxes[i]!;
    const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    let best = middle;
    let bestGap = gap(middle);
    if (bestGap < spacing) {
      for (const candidate of candidates(box, middle, spacing / sx, spacing / sy)) {
        const candidateGap = gap(candidate);
        if (candidateGap >= spacing) {
          best = candidate;
          break;
        }
        if (candidateGap > bestGap) [best, bestGap] = [candidate, candidateGap];
      }
    }
    placed.push(best);
    anchors[i] = best;
  }
  return anchors;
}

const area = (box: BoxRect) => box.width * box.height;

/**
 * Points inside `box` around its middle, nearest first: rings of eight steps of `dx` by `dy`
 * (one spacing each way), out to four rings. Points outside the box are skipped.
 */
function* candidates(box: BoxRect, middle: MarkPoint, dx: number, dy: number): Generator<MarkPoint> {
  const inside = (p: MarkPoint) =>
    p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height;
  for (let ring = 1; ring <= 4; ring++) {
    const steps: [number, number][] = [
      [0, ring],
      [0, -ring],
      [ring, 0],
      [-ring, 0],
      [ring, ring],
      [-ring, ring],
      [ring, -ring],
      [-ring, -ring],
    ];
    for (const [i, j] of steps) {
      const point = { x: middle.x + i * dx, y: middle.y + j * dy };
      if (inside(point)) yield point;
    }
  }
}
