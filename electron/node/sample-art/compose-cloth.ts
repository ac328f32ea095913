import type { ArtSpec } from './art-spec';
import { chooseColourway, type Colourway } from './colourways';
import { layoutGarment, type Box, type GarmentLayout } from './garment-layout';
import { GENERATORS, generatorFor, treatmentOf, type GeneratorName, type Treatment } from './motif-families';
import type { Fill } from './patterns/pattern-types';
import { tileFill } from './patterns/pattern-types';
import type { Random } from './seeded-random';
import { n } from './svg';

/** A cloth ready to render: its SVG and where its parts are, for the kepala and detail crops. */
interface ClothDrawing {
  svg: string;
  layout: GarmentLayout;
}

/** Second patterns for two-part cloths, chosen to contrast with the first. */
const CONTRAST: Record<GeneratorName, GeneratorName> = {
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
};

/**
 * Composes a whole garment: the badan pattern, a kepala with tumpal where the garment has one,
 * pinggiran borders, and the era/dye colourway; treatments (pagi-sore, terang bulan, tiga negeri,
 * Hokokai) change the split or the colours.
 */
export function composeCloth(
  spec: ArtSpec,
  families: Record<string, string>,
  random: Random,
  longSide: number,
) {
  const layout = layoutGarment(spec.object, longSide);
  const treatments = new Set(spec.motifs.map((m) => treatmentOf(m.motif)).filter(Boolean) as Treatment[]);
  const pick = (part: string) => spec.motifs.find((m) => m.part === part)?.motif;
  const badanMotif = pick('badan') ?? spec.motifs[0]?.motif ?? spec.family ?? spec.id;
  const main = generatorFor(badanMotif, families[badanMotif]);
  const kepalaMotif = pick('kepala');
  const kepalaGen = kepalaMotif ? generatorFor(kepalaMotif, families[kepalaMotif]) : main;
  const other = spec.motifs.find((m) => generatorFor(m.motif, families[m.motif]) !== main);
  const second = other ? generatorFor(other.motif, families[other.motif]) : CONTRAST[main];

  // Truntum is a dark-ground cloth whatever the list says: putih-alam there names the flowers.
  const dark = treatments.has('terang-bulan') || main === 'truntum';
  const colours = colourwayFor(spec, treatments, dark, random);
  const size = Math.round(Math.min(layout.width, layout.height) * random.range(0.13, 0.2));
  const ctx = (label: string, c: Colourway = colours, scale = 1) => ({
    random: random.fork(label),
    colours: c,
    size: Math.round(size * scale),
  });
  const badan = GENERATORS[main]('badan', ctx('badan'));
  const fills: Fill[] = [badan];
  let body = `<rect width="${layout.width}" height="${layout.height}" fill="${colours.ground}"/>`;

  if (treatments.has('pagi-sore') || treatments.has('hokokai')) {
    const half = GENERATORS[second]('sore', ctx('sore', evening(colours), 0.8));
    fills.push(half);
    body += splitDiagonal(badan, half, layout.badan, colours);
  } else if (treatments.has('terang-bulan')) {
    // Plain dark field with decorated zigzag bands along both long edges.
    const { x, y, w, h } = layout.badan;
    const teeth = Math.max(6, Math.round(w / (h * 0.35)));
    const step = w / teeth;
    let d = `M${x} ${y} L${x + w} ${y}`;
    for (let i = teeth; i >= 0; i -= 1) d += ` L${n(x + i * step)} ${n(y + (i % 2 ? h * 0.32 : h * 0.18))}`;
    d += `Z M${x} ${y + h} L${x + w} ${y + h}`;
    for (let i = teeth; i >= 0; i -= 1)
      d += ` L${n(x + i * step)} ${n(y + h - (i % 2 ? h * 0.32 : h * 0.18))}`;
    body += clipped('bulan', `${d}Z`, badan, layout.badan, colours);
  } else {
    const { x, y, w, h } = layout.badan;
    body += badan.paint(x, y, w, h);
  }

  if (layout.kepala) {
    const { x, y, w, h } = layout.kepala;
    const head =
      kepalaGen === main
        ? GENERATORS[main]('kepala', ctx('kepala', colours, 0.6))
        : GENERATORS[kepalaGen]('kepala', ctx('kepala', colours, 0.7));
    const isen = GENERATORS.truntum('isen', ctx('isen', colours, 0.35));
    fills.push(head, isen);
    body += isen.paint(x, y, w, h);
    body += clipped('tumpal', layout.tumpal.join(' '), head, layout.kepala, colours);
  } else if (layout.tumpal.length > 0) {
    const head = GENERATORS[second]('tumpal', ctx('tumpal', colours, 0.5));
    fills.push(head);
    const whole = { x: 0, y: 0, w: layout.width, h: layout.height };
    body += clipped('tumpal', layout.tumpal.join(' '), head, whole, colours);
  }
  if (layout.tengahan) {
    const { x, y, w, h } = layout.tengahan;
    body += `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="${colours.ground}" stroke="${colours.ink}" stroke-width="${n(size * 0.03)}"/>`;
  }
  const border = borderFill('pinggir', colours, Math.max(8, layout.borders[0]?.h ?? 40));
  fills.push(border);
  for (const box of layout.borders) body += border.paint(box.x, box.y, box.w, box.h);
  if (spec.techniques.includes('remukan') || spec.group === 'pedalaman')
    body += crackle(layout, colours, random.fork('crackle'));

  const defs = fills.map((fill) => fill.defs).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}"><defs>${defs}</defs>${body}</svg>`;
  return { svg, layout } satisfies ClothDrawing;
}

/** One motif on its own (motif pages): a square field of the pattern in its typical colours. */
export function composeMotif(spec: ArtSpec, random: Random, side: number): string {
  const treatment = treatmentOf(spec.id);
  const generator = generatorFor(spec.id, spec.family);
  const dark = treatment === 'terang-bulan' || generator === 'truntum';
  const colours = colourwayFor(spec, new Set(treatment ? [treatment] : []), dark, random);
  const size = Math.round(side * 0.34);
  const fill = GENERATORS[generator]('motif', { random: random.fork('motif'), colours, size });
  const box = { x: 0, y: 0, w: side, h: side };
  let defs = fill.defs;
  let body = fill.paint(0, 0, side, side);
  if (treatment === 'pagi-sore' || treatment === 'hokokai') {
    const second = CONTRAST[generator];
    const half = GENERATORS[second]('sore', { random: random.fork('sore'), colours: evening(colours), size });
    defs += half.defs;
    body = splitDiagonal(fill, half, box, colours);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${side}" height="${side}"><defs>${defs}</defs>${body}</svg>`;
}

/** The "sore" (evening) side of a pagi-sore cloth: the same dyes with ground and ink swapped. */
function evening(colours: Colourway): Colourway {
  return { ...colours, ground: colours.ink, ink: colours.ground, light: colours.ground, dark: true };
}

/** Pagi-sore: `first` over the whole box, `second` over the lower-right half below the diagonal. */
function splitDiagonal(first: Fill, second: Fill, box: Box, colours: Colourway): string {
  const { x, y, w, h } = box;
  return (
    first.paint(x, y, w, h) +
    clipped('sore-half', `M${x} ${y + h} L${x + w} ${y} L${x + w} ${y + h}Z`, second, box, colours)
  );
}

function colourwayFor(spec: ArtSpec, treatments: Set<Treatment>, dark: boolean, random: Random) {
  const colours = treatments.has('tiga-negeri') ? ['mengkudu', 'indigo', 'soga', 'putih-alam'] : spec.colours;
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

/** Paints `fill` inside an arbitrary path, outlined in the fill's ink. */
function clipped(id: string, path: string, fill: Fill, box: Box, c: Colourway): string {
  const line = Math.max(2, Math.round(Math.min(box.w, box.h) / 300));
  return (
    `<clipPath id="clip-${id}"><path d="${path}"/></clipPath><g clip-path="url(#clip-${id})">${fill.paint(box.x, box.y, box.w, box.h)}</g>` +
    `<path d="${path}" fill="none" stroke="${c.ink}" stroke-width="${line * 3}"/>` +
    `<path d="${path}" fill="none" stroke="${c.fills[0]}" stroke-width="${line}"/>`
  );
}

/** Pinggiran: a band of small triangles between two lines, with a row of dots. */
function borderFill(id: string, c: Colourway, band: number): Fill {
  const w = band * 0.9;
  const body =
    `<rect width="${n(w)}" height="${n(band * 0.1)}" fill="${c.ink}"/><rect y="${n(band * 0.9)}" width="${n(w)}" height="${n(band * 0.1)}" fill="${c.ink}"/>` +
    `<path d="M0 ${n(band * 0.82)} L${n(w / 2)} ${n(band * 0.2)} L${n(w)} ${n(band * 0.82)}Z" fill="${c.fills[0]}" stroke="${c.ink}" stroke-width="${n(band * 0.04)}"/>` +
    `<circle cx="${n(w / 2)}" cy="${n(band * 0.6)}" r="${n(band * 0.07)}" fill="${c.light}"/>`;
  return tileFill(id, { width: w, height: band, body }, c.ground);
}

/** Fine wax-crackle veins (remukan): dye seeping into cracks of the wax. */
function crackle(layout: GarmentLayout, c: Colourway, random: Random): string {
  let out = `<g fill="none" stroke="${c.dark ? c.light : c.ink}" stroke-opacity="0.22" stroke-width="${n(layout.width / 2000)}">`;
  for (let i = 0; i < 90; i += 1) {
    let x = random.range(0, layout.width);
    let y = random.range(0, layout.height);
    let d = `M${n(x)} ${n(y)}`;
    for (let k = 0; k < 6; k += 1) {
      x += random.range(-60, 60) * (layout.width / 4000);
      y += random.range(-60, 60) * (layout.width / 4000);
      d += ` L${n(x)} ${n(y)}`;
    }
    out += `<path d="${d}"/>`;
  }
  return `${out}</g>`;
}
