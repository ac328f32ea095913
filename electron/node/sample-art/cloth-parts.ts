import type { ArtSpec } from './art-spec';
import { chooseColourway, lightness, type Colourway } from './colourways';
import type { Box } from './garment-layout';
import type { GeneratorName, Treatment } from './motif-families';
import { tileFill, type Fill } from './patterns/pattern-types';
import type { Random } from './seeded-random';
import { n } from './svg';

/** Pieces shared by the cloth and motif compositions: colourways, the pagi-sore split, borders. */

/** Second patterns for two-part cloths, chosen to contrast with the first. */
export const CONTRAST: Record<GeneratorName, GeneratorName> = {
  buketan: 'parang',
  parang: 'buketan',
  kawung: 'semen',
  semen: 'kawung',
  ceplok: 'truntum',
  truntum: 'ceplok',
  nitik: 'lungLungan',
  lungLungan: 'nitik',
  megaMendung: 'ceplok',
  mythicBeasts: 'nitik',
  sekarJagad: 'parang',
  sido: 'parang',
  tujuhRupa: 'nitik',
  tigaNegeri: 'nitik',
};

/** The three dyes of a tiga negeri cloth and its cream ground, in the order they were dyed. */
const TIGA_NEGERI_COLOURS = ['mengkudu', 'indigo', 'soga', 'putih-alam'];

/**
 * The "sore" (evening) side of a pagi-sore cloth: the same dyes with ground and ink swapped, led by
 * another dye than the day side, as the two faces of a pagi-sore were coloured apart; never by the
 * ink's dye, which the evening's ground is made of (a dark blue parang on dark blue vanished).
 */
export function evening(colours: Colourway): Colourway {
  const [first] = colours.fills;
  const ink = inkDye(colours);
  const lead =
    colours.fills.find((hex) => hex !== first && hex !== ink) ??
    colours.fills.find((hex) => hex !== ink) ??
    first!;
  const fills = [lead, ...colours.fills.filter((hex) => hex !== lead)];
  return { ...colours, fills, ground: colours.ink, ink: colours.ground, light: colours.ground, dark: true };
}

/** Pagi-sore: `first` over the whole box, `second` over the lower-right half below the diagonal. */
export function splitDiagonal(first: Fill, second: Fill, box: Box, colours: Colourway): string {
  const { x, y, w, h } = box;
  return (
    first.paint(x, y, w, h) +
    clipped('sore-half', `M${x} ${y + h} L${x + w} ${y} L${x + w} ${y + h}Z`, second, box, colours)
  );
}

export function colourwayFor(spec: ArtSpec, treatments: Set<Treatment>, dark: boolean, random: Random) {
  const colours = treatments.has('tiga-negeri') ? TIGA_NEGERI_COLOURS : spec.colours;
  return chooseColourway(
    {
      colours,
      dyes: spec.dyes,
      ...(spec.era ? { era: spec.era } : {}),
      ...(spec.group ? { group: spec.group } : {}),
      dark,
    },
    random.fork('colours'),
  );
}

/**
 * The colourway of a part dyed in `accent` (kepala, tumpal, pinggiran): that dye for its ground, the
 * light where its pattern would draw that dye on itself, and drawn as on a dark ground, its cecek
 * and lines wax-white: dark dots over the dye blended with it into a muddy brown.
 */
export function onGround(c: Colourway, accent: string | undefined): Colourway {
  if (!accent) return c;
  const fills = c.fills.map((hex) => (hex === accent ? c.light : hex));
  return { ...c, ground: accent, fills, dark: true };
}

/**
 * The dye a light-ground drawing's ink is drawn in or deepened from: the darkest of the record's
 * dyes. (A dark ground's ink is the wax-white of its lines, no dye.)
 */
function inkDye(c: Colourway): string | undefined {
  if (c.dark) return undefined;
  return [...c.dyes].sort((a, b) => lightness(a) - lightness(b))[0];
}

/**
 * The record's dyes that no large area of the drawing carries, lightest first: not in `carried`,
 * and not the ink's dye, which outlines every shape already. A cloth of scattered small motifs
 * gives them its kepala's, tumpal's and pinggiran's grounds, the lightest first: a light dye is
 * the one a small shape loses to the dark beside it (a yellow flower on black reads as soga).
 */
export function accentDyes(c: Colourway, carried: readonly string[]): string[] {
  const ink = inkDye(c);
  return c.dyes
    .filter((hex) => !carried.includes(hex) && hex !== ink)
    .sort((a, b) => lightness(b) - lightness(a));
}

/** Paints `fill` inside an arbitrary path, outlined in the fill's ink. */
export function clipped(id: string, path: string, fill: Fill, box: Box, c: Colourway): string {
  const line = Math.max(2, Math.round(Math.min(box.w, box.h) / 300));
  return (
    `<clipPath id="clip-${id}"><path d="${path}"/></clipPath><g clip-path="url(#clip-${id})">${fill.paint(box.x, box.y, box.w, box.h)}</g>` +
    `<path d="${path}" fill="none" stroke="${c.ink}" stroke-width="${line * 3}"/>` +
    `<path d="${path}" fill="none" stroke="${c.fills[0]}" stroke-width="${line}"/>`
  );
}

/** Pinggiran: a band of small triangles between two lines, with a row of dots. */
export function borderFill(id: string, c: Colourway, band: number): Fill {
  // The triangles take every fill in turn, the ones the badan's pattern leaves unused (past the
  // third) first, so each dye the record names shows somewhere on the cloth.
  const order = [...c.fills.slice(3), ...c.fills.slice(0, 3)];
  const step = band * 0.9;
  const w = step * order.length;
  let body = `<rect width="${n(w)}" height="${n(band * 0.1)}" fill="${c.ink}"/><rect y="${n(band * 0.9)}" width="${n(w)}" height="${n(band * 0.1)}" fill="${c.ink}"/>`;
  order.forEach((fill, i) => {
    const x = i * step;
    body +=
      `<path d="M${n(x)} ${n(band * 0.82)} L${n(x + step / 2)} ${n(band * 0.2)} L${n(x + step)} ${n(band * 0.82)}Z" fill="${fill}" stroke="${c.ink}" stroke-width="${n(band * 0.04)}"/>` +
      `<circle cx="${n(x + step / 2)}" cy="${n(band * 0.6)}" r="${n(band * 0.07)}" fill="${c.light}"/>`;
  });
  return tileFill(id, { width: w, height: band, body }, c.ground);
}
