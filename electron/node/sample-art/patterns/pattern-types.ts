import type { Colourway } from '../colourways';
import type { Random } from '../seeded-random';

/** What a motif family needs to draw: its random stream, colours and the size of one repeat in px. */
interface PatternContext {
  random: Random;
  colours: Colourway;
  /** Edge of one repeat in px; families scale their shapes from it. */
  size: number;
  /** The motif being drawn (families with variants, e.g. the sido fields, read it). */
  motif?: string;
  /** Every motif the piece names, e.g. whether a tiga negeri cloth also lists burung hong. */
  companions?: string[];
}

/**
 * Where one drawn element of a repeat lies, in the tile's own coordinates (before the pattern's
 * rotation): `name` is the family's word for it (star, oval, wings...), mapped to motif element
 * keys by motif-elements.ts.
 */
export interface Anchor {
  name: string;
  box: { x: number; y: number; w: number; h: number };
}

/** A drawable fill: SVG definitions plus a painter for any rectangle of the cloth. */
export interface Fill {
  defs: string;
  paint(x: number, y: number, w: number, h: number): string;
  /** Size of one repeat in px, in the tile's own coordinates. */
  repeat?: { w: number; h: number };
  /** Rotation of the tile in degrees (parang's diagonal), about the user-space origin. */
  angle?: number;
  /** Elements of one repeat, for the regions the generator writes. */
  anchors?: Anchor[];
  /**
   * The fills this pattern spreads over large shapes, when that is less than all it draws
   * (buketan's scattered bouquets: none); absent, its main shapes carry its dyes.
   */
  bulk?: string[];
}

export type PatternGenerator = (id: string, ctx: PatternContext) => Fill;

/**
 * Wraps one seamless tile (drawn in a w x h box) as a repeating SVG pattern. The tile is scaled to
 * whole pixels (at most half a pixel per side): librsvg paints a pattern of fractional size through
 * a resampled surface, which made rasterising one 2,000 px kain 8x slower (220 ms against 28). For
 * the whole sample that was 19 s of CPU against 11 s, on the way to a fresh clone's first screen
 * (issue 12). A rotated pattern (parang, sido) is resampled all the same; the remaining 2.4 s.
 */
export function tileFill(
  id: string,
  tile: { width: number; height: number; body: string; transform?: string },
  ground: string,
  anchors: Anchor[] = [],
): Fill {
  const w = Math.max(1, Math.round(tile.width));
  const h = Math.max(1, Math.round(tile.height));
  const sx = w / tile.width;
  const sy = h / tile.height;
  const scaled = sx !== 1 || sy !== 1;
  const body = scaled ? `<g transform="scale(${fine(sx)} ${fine(sy)})">${tile.body}</g>` : tile.body;
  const transform = tile.transform ? ` patternTransform="${tile.transform}"` : '';
  const size = `width="${w}" height="${h}"`;
  const defs =
    `<pattern id="${id}" patternUnits="userSpaceOnUse" ${size}${transform}>` +
    `<rect ${size} fill="${ground}"/>${body}</pattern>`;
  const angle = /rotate\((-?[\d.]+)\)/.exec(tile.transform ?? '')?.[1];
  return {
    defs,
    paint: (x, y, pw, ph) => `<rect x="${x}" y="${y}" width="${pw}" height="${ph}" fill="url(#${id})"/>`,
    repeat: { w, h },
    ...(angle ? { angle: Number(angle) } : {}),
    anchors: scaled
      ? anchors.map((a) => ({
          name: a.name,
          box: { x: a.box.x * sx, y: a.box.y * sy, w: a.box.w * sx, h: a.box.h * sy },
        }))
      : anchors,
  };
}

/** A scale factor written to 1e-5: across a tile of a few hundred px that is under a hundredth of a px. */
const fine = (value: number): string => String(Math.round(value * 1e5) / 1e5);

/**
 * Draws a shape at (x, y) and at its eight neighbours one repeat away, so shapes that cross the
 * tile edge continue seamlessly into the next repeat instead of being cut off.
 */
export function wrapped(w: number, h: number, x: number, y: number, draw: (x: number, y: number) => string) {
  let out = '';
  for (const dy of [-h, 0, h]) {
    for (const dx of [-w, 0, w]) out += draw(x + dx, y + dy);
  }
  return out;
}

/**
 * Draws a shape at the four corners of a square tile of side `s`: a motif centred on the corners
 * meets its neighbours' quarters when the tile repeats, forming the half-drop of ceplok grids.
 */
export function atCorners(s: number, draw: (x: number, y: number) => string): string {
  return draw(0, 0) + draw(s, 0) + draw(0, s) + draw(s, s);
}

/** An anchor box centred on (cx, cy) with half-sizes rx, ry. */
export function around(name: string, cx: number, cy: number, rx: number, ry = rx): Anchor {
  return { name, box: { x: cx - rx, y: cy - ry, w: rx * 2, h: ry * 2 } };
}
