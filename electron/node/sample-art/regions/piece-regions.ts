import type { ArtSpec } from '../art-spec';
import { composeCloth } from '../compose-cloth';
import { visibleBadan, type Box, type GarmentLayout } from '../garment-layout';
import { wobbleFor } from '../marks/canting-wobble';
import { treatmentOf } from '../motif-families';
import { DETAIL_SIZE, detailCrop, FULL_SIZE } from '../render-art';
import { createRandom } from '../seeded-random';
import { targetOf } from './element-anchors';
import { placeAnchor } from './place-anchor';
import { pxBox, type GeneratedRegion, type MediaRegions } from './region-types';

/** A part as drawn on the full view: a box, or a polygon for the halves of a pagi-sore. */
type PartShape = { part: string; box: Box } | { part: string; polygon: [number, number][] };

/**
 * Regions of a piece's generated images: the layout parts each image shows (from the same
 * garment layout the drawing is composed from) and, on the full view, one element of the badan's
 * motif where its pattern says where that element lies. `elementKeys` are the badan motif's.
 */
export function pieceRegions(
  spec: ArtSpec,
  families: Record<string, string>,
  elementKeys: string[],
): MediaRegions[] {
  const cloth = composeCloth(spec, families, createRandom(`piece:${spec.id}`), FULL_SIZE);
  const { layout } = cloth;
  const parts = partShapes(spec, layout);
  const full = parts.map((shape) => written(shape, 1, 0, 0, layout.width, layout.height));
  const badanMotif = spec.motifs.find((m) => m.part === 'badan')?.motif ?? spec.motifs[0]?.motif;
  const treatments = spec.motifs.map((m) => treatmentOf(m.motif));
  if (badanMotif && !treatments.some((t) => t === 'pagi-sore' || t === 'hokokai' || t === 'terang-bulan')) {
    const badan = visibleBadan(layout);
    const wobble = wobbleFor(cloth.marks.style, cloth.marks.repeat);
    const pad = wobble ? Math.ceil(wobble.drift + wobble.tremor) : 4;
    const centre = { x: badan.x + badan.w / 2, y: badan.y + badan.h / 2 };
    const element = elementKeys.flatMap((key) => {
      const how = targetOf(badanMotif, key);
      if (!how || !('anchor' in how)) return [];
      const box = how.anchor.map((name) => placeAnchor(cloth.badan, name, centre, badan, pad)).find(Boolean);
      return box ? [{ element: `${badanMotif}/${key}`, box: pxBox(box, layout.width, layout.height) }] : [];
    })[0];
    if (element) full.push(element);
  }
  return spec.media.map(({ file, view }) => {
    if (view === 'full') return { file, regions: full };
    if (view === 'detail') {
      // A crop of the badan as seen (render-art): the whole image is badan.
      const { out } = detailCrop(layout);
      return { file, regions: [{ part: 'badan', box: [0, 0, out.width, out.height] }] };
    }
    if (view === 'kepala') return { file, regions: kepalaView(layout) };
    if (view === 'reverse') {
      // The full view mirrored and scaled to fit DETAIL_SIZE * 1.5.
      const scale = Math.min((DETAIL_SIZE * 1.5) / layout.width, (DETAIL_SIZE * 1.5) / layout.height, 1);
      const w = Math.floor(layout.width * scale);
      const h = Math.floor(layout.height * scale);
      return { file, regions: parts.map((shape) => written(shape, -scale, w, 0, w, h)) };
    }
    return { file, regions: [] };
  });
}

/** The kepala view is the kepala box scaled to fit DETAIL_SIZE: the kepala, and its tumpal row. */
function kepalaView(layout: GarmentLayout): GeneratedRegion[] {
  const kepala = layout.kepala;
  if (!kepala) return [];
  const scale = Math.min(DETAIL_SIZE / kepala.w, DETAIL_SIZE / kepala.h);
  const w = Math.floor(kepala.w * scale);
  const h = Math.floor(kepala.h * scale);
  const regions: GeneratedRegion[] = [{ part: 'kepala', box: [0, 0, w, h] }];
  const row = tumpalRow(layout);
  if (row) {
    const box = {
      x: (row.x - kepala.x) * scale,
      y: (row.y - kepala.y) * scale,
      w: row.w * scale,
      h: row.h * scale,
    };
    regions.push({ part: 'tumpal', box: pxBox(box, w, h) });
  }
  return regions;
}

/** The parts the garment's layout draws on the full view, in the order a visitor reads a cloth. */
function partShapes(spec: ArtSpec, layout: GarmentLayout): PartShape[] {
  const shapes: PartShape[] = [];
  const badan = visibleBadan(layout);
  shapes.push({ part: 'badan', box: badan });
  const row = tumpalRow(layout);
  if (layout.kepala) shapes.push({ part: 'kepala', box: layout.kepala });
  // A selendang's head is its end panel, the one the tumpal row fills.
  else if (row && spec.object === 'selendang') shapes.push({ part: 'kepala', box: row });
  if (row) shapes.push({ part: 'tumpal', box: row });
  const papan = layout.borders.find((box) => box.h === layout.badan.h && box.w < layout.width * 0.05);
  if (papan && layout.kepala) shapes.push({ part: 'papan', box: papan });
  if (layout.borders[0]) shapes.push({ part: 'pinggiran', box: layout.borders[0] });
  if (layout.tengahan) shapes.push({ part: 'tengahan', box: layout.tengahan });
  const parts = new Set(spec.motifs.map((m) => m.part));
  // The ground shows all over the badan; the record names it, so point at the badan's middle.
  if (parts.has('latar'))
    shapes.push({
      part: 'latar',
      box: { x: badan.x + badan.w / 3, y: badan.y + badan.h / 3, w: badan.w / 3, h: badan.h / 3 },
    });
  if (spec.motifs.some((m) => treatmentOf(m.motif) === 'pagi-sore' || treatmentOf(m.motif) === 'hokokai')) {
    // compose-cloth splits the whole badan along the diagonal from lower left to upper right; the
    // halves as seen end where the kepala begins.
    const { x, y, w, h } = layout.badan;
    const right = badan.x + badan.w;
    const cut = y + h - (h * (right - x)) / w;
    shapes.push({
      part: 'sisi-pagi',
      polygon: [
        [x, y],
        [right, y],
        [right, cut],
        [x, y + h],
      ],
    });
    shapes.push({
      part: 'sisi-sore',
      polygon: [
        [x, y + h],
        [right, cut],
        [right, y + h],
      ],
    });
  }
  return shapes;
}

/** The bounding box of the first row of tumpal triangles (the paths alternate left, right). */
function tumpalRow(layout: GarmentLayout): Box | undefined {
  const points = layout.tumpal
    .filter((_, i) => i % 2 === 0)
    .flatMap((path) => [...path.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]));
  if (points.length === 0) return undefined;
  const xs = points.map(([x]) => x!);
  const ys = points.map(([, y]) => y!);
  return {
    x: Math.min(...xs),
    y: Math.min(...ys),
    w: Math.max(...xs) - Math.min(...xs),
    h: Math.max(...ys) - Math.min(...ys),
  };
}

/** A part shape scaled by `scale` (negative mirrors it) and moved by (dx, dy), as written. */
function written(
  shape: PartShape,
  scale: number,
  dx: number,
  dy: number,
  width: number,
  height: number,
): GeneratedRegion {
  const px = (x: number) => Math.min(width, Math.max(0, Math.round(x * scale + dx)));
  const py = (y: number) => Math.min(height, Math.max(0, Math.round(y * Math.abs(scale) + dy)));
  if ('polygon' in shape) return { part: shape.part, polygon: shape.polygon.map(([x, y]) => [px(x), py(y)]) };
  const { x, y, w, h } = shape.box;
  const left = Math.min(px(x), px(x + w));
  const top = py(y);
  return { part: shape.part, box: [left, top, Math.max(px(x), px(x + w)) - left, py(y + h) - top] };
}
