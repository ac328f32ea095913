import type { ArtSpec } from '../art-spec';
import { composeMotif } from '../compose-cloth';
import { wobbleFor } from '../marks/canting-wobble';
import { treatmentOf } from '../motif-families';
import { MOTIF_SIZE } from '../render-art';
import { createRandom } from '../seeded-random';
import { targetOf, type Area } from './element-anchors';
import { placeAnchor } from './place-anchor';
import { pxBox, type GeneratedRegion, type MediaRegions } from './region-types';

/** Areas of a square drawing, as shares of its side: x, y, width, height. */
const AREAS: Record<Area, [number, number, number, number]> = {
  centre: [0.35, 0.35, 0.3, 0.3],
  diagonal: [0.4, 0.4, 0.2, 0.2],
  'light-half': [0.08, 0.08, 0.3, 0.3],
  'dark-half': [0.62, 0.62, 0.3, 0.3],
};

/**
 * Regions of a motif's generated drawings: one per element key the drawing shows, around the
 * instance of that element nearest the drawing's centre (on a pagi-sore or Hokokai drawing, the
 * nearest one wholly in the light upper-left part). Computed from the same composition the drawing
 * is rendered from, without rendering it.
 */
export function motifRegions(spec: ArtSpec, elementKeys: string[]): MediaRegions[] {
  const side = MOTIF_SIZE;
  const { fill, marks } = composeMotif(spec, createRandom(`motif:${spec.id}`), side);
  const wobble = wobbleFor(marks.style, marks.repeat);
  const pad = wobble ? Math.ceil(wobble.drift + wobble.tremor) : 2;
  const treatment = treatmentOf(spec.id);
  const split = treatment === 'pagi-sore' || treatment === 'hokokai';
  const within = split ? { x: 0, y: 0, w: side / 2, h: side / 2 } : { x: 0, y: 0, w: side, h: side };
  const target = split ? { x: side * 0.25, y: side * 0.25 } : { x: side / 2, y: side / 2 };
  const regions: GeneratedRegion[] = [];
  for (const key of elementKeys) {
    const how = targetOf(spec.id, key);
    if (!how) continue;
    if ('area' in how) {
      const [x, y, w, h] = AREAS[how.area];
      regions.push({
        element: key,
        box: pxBox({ x: x * side, y: y * side, w: w * side, h: h * side }, side, side),
      });
      continue;
    }
    for (const name of how.anchor) {
      const box = placeAnchor(fill, name, target, within, pad);
      if (!box) continue;
      regions.push({ element: key, box: pxBox(box, side, side) });
      break;
    }
  }
  return spec.media.map(({ file }) => ({ file, regions }));
}
