import type { Box } from '../garment-layout';
import type { Fill } from '../patterns/pattern-types';

/**
 * The box, in drawing px, of the instance of anchor `name` nearest to `target`, for a fill painted
 * with its pattern anchored at the drawing's origin (userSpaceOnUse) and turned by its angle. The
 * box is padded by `pad` px (the wobble of a tulis line moves shapes a few px) and must lie inside
 * `within`, else the next nearest instance is taken; undefined when the fill has no such anchor.
 */
export function placeAnchor(
  fill: Fill,
  name: string,
  target: { x: number; y: number },
  within: Box,
  pad: number,
): Box | undefined {
  const anchor = fill.anchors?.find((a) => a.name === name);
  const repeat = fill.repeat;
  if (!anchor || !repeat) return undefined;
  const angle = ((fill.angle ?? 0) * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const toUser = (x: number, y: number) => ({ x: x * cos - y * sin, y: x * sin + y * cos });
  // The target in the tile's own space, to find the repeat it falls in.
  const local = { x: target.x * cos + target.y * sin, y: -target.x * sin + target.y * cos };
  const a = anchor.box;
  const ci = Math.round((local.x - a.x - a.w / 2) / repeat.w);
  const cj = Math.round((local.y - a.y - a.h / 2) / repeat.h);
  const candidates: { box: Box; distance: number }[] = [];
  for (let j = cj - 2; j <= cj + 2; j += 1) {
    for (let i = ci - 2; i <= ci + 2; i += 1) {
      const corners = [
        toUser(a.x + i * repeat.w, a.y + j * repeat.h),
        toUser(a.x + a.w + i * repeat.w, a.y + j * repeat.h),
        toUser(a.x + i * repeat.w, a.y + a.h + j * repeat.h),
        toUser(a.x + a.w + i * repeat.w, a.y + a.h + j * repeat.h),
      ];
      const xs = corners.map((p) => p.x);
      const ys = corners.map((p) => p.y);
      const box = {
        x: Math.min(...xs) - pad,
        y: Math.min(...ys) - pad,
        w: Math.max(...xs) - Math.min(...xs) + 2 * pad,
        h: Math.max(...ys) - Math.min(...ys) + 2 * pad,
      };
      if (!inside(box, within)) continue;
      const distance = Math.hypot(box.x + box.w / 2 - target.x, box.y + box.h / 2 - target.y);
      candidates.push({ box, distance });
    }
  }
  candidates.sort((p, q) => p.distance - q.distance);
  return candidates[0]?.box;
}

function inside(box: Box, within: Box): boolean {
  return (
    box.x >= within.x &&
    box.y >= within.y &&
    box.x + box.w <= within.x + within.w &&
    box.y + box.h <= within.y + within.h
  );
}
