import type { ArtSpec } from './art-spec';
import {
  accentDyes,
  borderFill,
  clipped,
  colourwayFor,
  CONTRAST,
  evening,
  onGround,
  splitDiagonal,
} from './cloth-parts';
import type { Colourway } from './colourways';
import { layoutGarment, type GarmentLayout } from './garment-layout';
import { stampSize } from './marks/cap-blocks';
import { remukan } from './marks/remukan';
import { marksFor, markStyleOf, type Marks } from './marks/technique';
import { GENERATORS, generatorFor, treatmentOf, darkGround, type Treatment } from './motif-families';
import type { Fill } from './patterns/pattern-types';
import type { Random } from './seeded-random';
import { n } from './svg';

/** A drawing ready to render: its SVG, the marks the raster step adds, and its fills' layout. */
export interface Drawing {
  svg: string;
  marks: Marks;
}

/** A cloth ready to render, with where its parts are for the kepala and detail crops and regions. */
export interface ClothDrawing extends Drawing {
  layout: GarmentLayout;
  /** The badan's fill as painted, for placing element regions on the full view. */
  badan: Fill;
}

/**
 * Composes a whole garment: the badan pattern, a kepala with tumpal where the garment has one,
 * pinggiran borders, and the era/dye colourway; treatments (pagi-sore, terang bulan, tiga negeri,
 * Hokokai) change the split or the colours. A cap cloth's badan is laid block by block.
 */
export function composeCloth(
  spec: ArtSpec,
  families: Record<string, string>,
  random: Random,
  longSide: number,
): ClothDrawing {
  const layout = layoutGarment(spec.object, longSide);
  const treatments = new Set(spec.motifs.map((m) => treatmentOf(m.motif)).filter(Boolean) as Treatment[]);
  const pick = (part: string) => spec.motifs.find((m) => m.part === part)?.motif;
  const badanMotif = pick('badan') ?? spec.motifs[0]?.motif ?? spec.family ?? spec.id;
  const main = generatorFor(badanMotif, families[badanMotif]);
  const kepalaMotif = pick('kepala');
  const kepalaGen = kepalaMotif ? generatorFor(kepalaMotif, families[kepalaMotif]) : main;
  const other = spec.motifs.find((m) => generatorFor(m.motif, families[m.motif]) !== main);
  const second = other ? generatorFor(other.motif, families[other.motif]) : CONTRAST[main];
  const companions = spec.motifs.map((m) => m.motif);

  // Truntum and sido luhur are dark-ground cloths whatever the list says: putih-alam there names
  // the flowers.
  const dark = treatments.has('terang-bulan') || darkGround(main, badanMotif);
  const colours = colourwayFor(spec, treatments, dark, random);
  const size = Math.round(Math.min(layout.width, layout.height) * random.range(0.13, 0.2));
  const ctx = (label: string, motif: string, c: Colourway = colours, scale = 1) => ({
    random: random.fork(label),
    colours: c,
    size: Math.round(size * scale),
    motif,
    companions,
  });
  const style = markStyleOf(spec.techniques);
  const marks = marksFor(style, size, spec.techniques, spec.group);
  const badan = GENERATORS[main]('badan', ctx('badan', badanMotif));
  const fills: Fill[] = [badan];
  let body = `<rect width="${layout.width}" height="${layout.height}" fill="${colours.ground}"/>`;
  const split = treatments.has('pagi-sore') || treatments.has('hokokai');
  const sore = evening(colours);
  // Dyes that the badan's pattern draws only in small shapes (its Fill.bulk: buketan's bouquets, a
  // phoenix's plumes) and no other large area carries dye the kepala's ground, then its tumpal's,
  // then the pinggiran's, as on the coloured kepala of a pesisir sarung.
  const carried = badan.bulk && [...badan.bulk, ...(split ? [sore.fills[0]!] : [])];
  const accents = carried ? accentDyes(colours, carried) : [];
  const kepalaColours = onGround(colours, layout.kepala ? accents.shift() : undefined);
  const tumpalColours = onGround(colours, layout.tumpal.length > 0 ? accents.shift() : undefined);
  const borderColours = onGround(colours, accents.shift());

  if (split) {
    const half = GENERATORS[second]('sore', ctx('sore', other?.motif ?? badanMotif, sore, 0.8));
    fills.push(half);
    body += splitDiagonal(badan, half, layout.badan, colours);
  } else if (treatments.has('terang-bulan')) {
    body += terangBulan(layout, badan, colours);
  } else {
    if (style === 'cap' || style === 'kombinasi') {
      const repeat = badan.repeat ?? { w: size, h: size };
      marks.stamp = { box: layout.badan, block: stampSize(repeat, layout.height * 0.24) };
    }
    const { x, y, w, h } = layout.badan;
    body += badan.paint(x, y, w, h);
  }

  if (layout.kepala) {
    const { x, y, w, h } = layout.kepala;
    const motif = kepalaMotif ?? badanMotif;
    const head =
      kepalaGen === main
        ? GENERATORS[main]('kepala', ctx('kepala', motif, tumpalColours, 0.6))
        : GENERATORS[kepalaGen]('kepala', ctx('kepala', motif, tumpalColours, 0.7));
    const isen = GENERATORS.truntum('isen', ctx('isen', 'truntum', kepalaColours, 0.35));
    fills.push(head, isen);
    body += isen.paint(x, y, w, h);
    body += clipped('tumpal', layout.tumpal.join(' '), head, layout.kepala, colours);
  } else if (layout.tumpal.length > 0) {
    const head = GENERATORS[second]('tumpal', ctx('tumpal', other?.motif ?? badanMotif, tumpalColours, 0.5));
    fills.push(head);
    const whole = { x: 0, y: 0, w: layout.width, h: layout.height };
    body += clipped('tumpal', layout.tumpal.join(' '), head, whole, colours);
  }
  if (layout.tengahan) {
    const { x, y, w, h } = layout.tengahan;
    body += `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="${colours.ground}" stroke="${colours.ink}" stroke-width="${n(size * 0.03)}"/>`;
  }
  const border = borderFill('pinggir', borderColours, Math.max(8, layout.borders[0]?.h ?? 40));
  fills.push(border);
  for (const box of layout.borders) body += border.paint(box.x, box.y, box.w, box.h);
  const vein = colours.dark ? colours.light : colours.ink;
  body += remukan(layout.width, layout.height, vein, marks.crackle, random.fork('crackle'));

  const defs = fills.map((fill) => fill.defs).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}"><defs>${defs}</defs>${body}</svg>`;
  return { svg, layout, marks, badan };
}

/** Terang bulan: a plain dark field with decorated zigzag bands along both long edges. */
function terangBulan(layout: GarmentLayout, badan: Fill, colours: Colourway): string {
  const { x, y, w, h } = layout.badan;
  const teeth = Math.max(6, Math.round(w / (h * 0.35)));
  const step = w / teeth;
  let d = `M${x} ${y} L${x + w} ${y}`;
  for (let i = teeth; i >= 0; i -= 1) d += ` L${n(x + i * step)} ${n(y + (i % 2 ? h * 0.32 : h * 0.18))}`;
  d += `Z M${x} ${y + h} L${x + w} ${y + h}`;
  for (let i = teeth; i >= 0; i -= 1) d += ` L${n(x + i * step)} ${n(y + h - (i % 2 ? h * 0.32 : h * 0.18))}`;
  return clipped('bulan', `${d}Z`, badan, layout.badan, colours);
}

/** Side of a motif drawing's repeat, as a share of the drawing's side. */
const MOTIF_REPEAT = 0.34;

/** One motif on its own (motif pages): a square field of the pattern in its typical colours. */
export function composeMotif(spec: ArtSpec, random: Random, side: number): Drawing & { fill: Fill } {
  const treatment = treatmentOf(spec.id);
  const generator = generatorFor(spec.id, spec.family);
  const dark = treatment === 'terang-bulan' || darkGround(generator, spec.id);
  const colours = colourwayFor(spec, new Set(treatment ? [treatment] : []), dark, random);
  const size = Math.round(side * MOTIF_REPEAT);
  const ctx = { colours, size, motif: spec.id, companions: [spec.id] };
  const fill = GENERATORS[generator]('motif', { ...ctx, random: random.fork('motif') });
  const box = { x: 0, y: 0, w: side, h: side };
  let defs = fill.defs;
  let body = fill.paint(0, 0, side, side);
  if (treatment === 'pagi-sore' || treatment === 'hokokai') {
    const second = CONTRAST[generator];
    const half = GENERATORS[second]('sore', {
      ...ctx,
      random: random.fork('sore'),
      colours: evening(colours),
    });
    defs += half.defs;
    body = splitDiagonal(fill, half, box, colours);
  }
  // A motif drawing shows the hand-drawn line and the faint crackle of any waxed cloth.
  const marks = marksFor('tulis', size, []);
  body += remukan(side, side, colours.dark ? colours.light : colours.ink, 1, random.fork('crackle'));
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${side}" height="${side}"><defs>${defs}</defs>${body}</svg>`;
  return { svg, marks, fill };
}
