import { hexToRgb, nearest, rgbToLab } from '../images/palette';
import type { Random } from './seeded-random';

/** The colours one drawing uses: a ground, an outline ink, the fills and a light for isen dots. */
export interface Colourway {
  ground: string;
  ink: string;
  fills: string[];
  /** Colour of the small dots and highlights drawn over fills. */
  light: string;
  /** True for dark-ground cloths (terang bulan, truntum, sogan latar hitam). */
  dark: boolean;
  /** The record's green, when it names one: floral patterns draw their leaves in it. */
  leaf?: string;
  /** The fills that are the record's own dyes, not shades made up to pad them to three. */
  dyes: string[];
}

/**
 * Swatches for the colour vocabulary keys (collection/terms/colour.yaml), slightly dyed-looking
 * rather than pure: natural dyes never give flat primaries. Merah and oranye sit a little brighter
 * than their families' swatches: the bleed and the weave darken a small shape's edges, and from
 * #c8372e a red 9% darker read as mengkudu (a jlamprang's red stars did), an orange as soga.
 */
const SWATCH: Record<string, string> = {
  indigo: '#26395f',
  'biru-muda': '#86b4c8',
  soga: '#8b5a2b',
  mengkudu: '#9a2d26',
  merah: '#d6332c',
  'merah-muda': '#e3a1b3',
  ungu: '#8d6aa3',
  oranye: '#e97f36',
  kuning: '#ddb044',
  hijau: '#477b4f',
  hitam: '#231d1b',
  'putih-alam': '#efe5cf',
};

/** What a dye gives when a piece lists dyes but no colours. */
const DYE_COLOURS: Record<string, string[]> = {
  indigo: ['indigo'],
  soga: ['soga'],
  mengkudu: ['mengkudu'],
  secang: ['mengkudu'],
  jolawe: ['soga'],
  mahoni: ['soga'],
  tingi: ['soga'],
  naptol: ['merah', 'hitam'],
  indigosol: ['merah-muda', 'biru-muda'],
  remazol: ['oranye', 'hijau', 'ungu'],
  rapid: ['merah', 'kuning'],
  'pigmen-cetak': ['merah', 'indigo'],
};

/** Typical colours by era and group, used only when the YAML names neither colours nor dyes. */
const ERA_COLOURS: Record<string, string[]> = {
  'jepang-1942-1945': ['merah-muda', 'ungu', 'oranye', 'kuning', 'biru-muda'],
  'pasca-unesco-2009': ['oranye', 'hijau', 'ungu', 'indigo'],
};
const GROUP_COLOURS: Record<string, string[]> = {
  pedalaman: ['soga', 'indigo', 'putih-alam'],
  pesisiran: ['mengkudu', 'indigo', 'hijau'],
  kontemporer: ['ungu', 'oranye', 'hijau'],
};

const CREAM = '#efe5cf';

/** The drawing's swatch of one colour key (colour.yaml), for patterns bound to named dyes. */
export function dyeSwatch(key: string): string {
  return SWATCH[key] ?? CREAM;
}

export interface ColourwayRequest {
  colours: string[];
  dyes: string[];
  era?: string;
  group?: string;
  /** Dark ground wanted (terang bulan, truntum). */
  dark?: boolean;
}

/** Picks the colourway of one drawing; `random` only nudges shades so sister pieces differ a little. */
export function chooseColourway(request: ColourwayRequest, random: Random): Colourway {
  const keys = resolveKeys(request);
  // Only a slight nudge: a named dye must still read as its own family in the palette the image
  // pipeline extracts (before its swatch was made purer, a red shaded 9% darker read as mengkudu).
  const unique = [...new Set(keys)];
  const hexes = unique.map((key) => shade(SWATCH[key]!, random.range(-0.02, 0.02)));
  const green = hexes[unique.indexOf('hijau')];
  const byLightness = [...hexes].sort((a, b) => lightness(a) - lightness(b));
  const darkest = byLightness[0]!;
  const lightest = byLightness[byLightness.length - 1]!;
  if (request.dark) {
    const ground = lightness(darkest) < 0.3 ? darkest : mix(darkest, '#140f0e', 0.6);
    const fills = byLightness.filter((hex) => hex !== darkest && lightness(hex) < 0.85);
    return {
      ground,
      ink: '#f1e9d6',
      fills: pad(fills, ground, random),
      light: '#f6efdd',
      dark: true,
      dyes: fills,
      ...leafOf(fills, green),
    };
  }
  // A light named colour (biru-muda, merah-muda) stays the ground's colour, only softened; a
  // darker one would make a muddy ground, so the ground is then cream and it becomes a fill.
  const ground =
    lightness(lightest) > 0.8 ? lightest : lightness(lightest) > 0.55 ? mix(lightest, CREAM, 0.25) : CREAM;
  // The ink is the darkest dye, deepened where too light to outline only as far as it still reads
  // as that dye: mixed toward near-black, a mauve cloth's lines read as indigo and a soga cloth's
  // as hitam, families the record does not name, taking places in its palette. A dye that leaves
  // its family before it is dark enough (orange, light blue) is still mixed.
  const deep = deepened(darkest);
  const ink =
    lightness(darkest) < 0.35 ? darkest : lightness(deep) < 0.4 ? deep : mix(darkest, '#1d1512', 0.55);
  // The ink's own colour is a fill too: a dye named in the record must cover shapes, not only lines.
  const tinted = ground !== CREAM && ground !== lightest;
  const fills = hexes.filter(
    (hex) => hex !== ground && !(tinted && hex === lightest) && lightness(hex) < 0.85,
  );
  return {
    ground,
    ink,
    fills: pad(fills, ink, random),
    light: ground,
    dark: false,
    dyes: fills,
    ...leafOf(fills, green),
  };
}

/** The green as the leaf colour, when it is one of the fills (not the ground). */
function leafOf(fills: string[], green: string | undefined): Pick<Colourway, 'leaf'> {
  return green && fills.includes(green) ? { leaf: green } : {};
}

function resolveKeys({ colours, dyes, era, group }: ColourwayRequest): string[] {
  const declared = colours.filter((key) => SWATCH[key]);
  if (declared.length >= 2) return declared;
  const fromDyes = dyes.flatMap((dye) => DYE_COLOURS[dye] ?? []);
  const merged = [...declared, ...fromDyes];
  if (merged.length >= 2) return merged;
  return [...merged, ...((era && ERA_COLOURS[era]) || (group && GROUP_COLOURS[group]) || ['soga', 'indigo'])];
}

/**
 * At least three fills, made by shading what there is, so every pattern has colours to work with.
 * A shade stays in its dye's family: a lighter merah 18% up read as mengkudu, so a two-dye cloth's
 * third fill took shapes from its red without showing as red.
 */
function pad(fills: string[], base: string, random: Random): string[] {
  const out = [...fills];
  if (out.length === 0) out.push(mix(base, '#8b5a2b', 0.5));
  while (out.length < 3) out.push(shadeInFamily(out[out.length - 1]!, random.pick([-0.18, 0.18])));
  return out;
}

/** `colour` as dark as it goes (up to 45% darker) while still reading as its own dye. */
function deepened(colour: string): string {
  return shadeInFamily(colour, -0.45);
}

/**
 * `colour` shaded by `amount`, or by half as much again, until it is nearest its own swatch still,
 * and still where the bleed and weave darken it a tenth more.
 */
function shadeInFamily(colour: string, amount: number): string {
  const family = nearestSwatch(colour);
  for (let step = amount; Math.abs(step) > 0.02; step /= 2) {
    const shaded = shade(colour, step);
    if (nearestSwatch(shaded) === family && nearestSwatch(shade(shaded, -0.1)) === family) return shaded;
  }
  return colour;
}

const SWATCH_KEYS = Object.keys(SWATCH);
const SWATCH_LABS = Object.values(SWATCH).map((hex) => rgbToLab(hexToRgb(hex)));

/** The colour key whose swatch is perceptually nearest (the image pipeline's own Lab nearest). */
function nearestSwatch(colour: string): string {
  return SWATCH_KEYS[nearest(rgbToLab(hexToRgb(colour)), SWATCH_LABS)]!;
}

export function mix(a: string, b: string, t: number): string {
  const [ar, ag, ab] = rgb(a);
  const [br, bg, bb] = rgb(b);
  return hex([ar + (br - ar) * t, ag + (bg - ag) * t, ab + (bb - ab) * t]);
}

/** Lightens (amount > 0) or darkens (< 0) a colour. */
function shade(colour: string, amount: number): string {
  return amount >= 0 ? mix(colour, '#ffffff', amount) : mix(colour, '#000000', -amount);
}

export function lightness(colour: string): number {
  const [r, g, b] = rgb(colour);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

function rgb(colour: string): [number, number, number] {
  const value = parseInt(colour.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function hex(values: number[]): string {
  return `#${values
    .map((v) =>
      Math.max(0, Math.min(255, Math.round(v)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}
