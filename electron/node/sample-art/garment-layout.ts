import { n } from './svg';

/** A rectangle on the cloth, in px. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where the parts of one garment lie on a cloth of width x height px. */
export interface GarmentLayout {
  width: number;
  height: number;
  badan: Box;
  kepala?: Box;
  /** Tumpal triangles (SVG path data), inside the kepala or at the ends. */
  tumpal: string[];
  /** Border bands: pinggiran along the long edges, papan beside the kepala. */
  borders: Box[];
  /** Plain centre field (tengahan) of an iket or kemben. */
  tengahan?: Box;
}

/** Proportions of each garment type (width / height) from typical sizes in cm. */
const ASPECT: Record<string, number> = {
  'kain-panjang': 250 / 105,
  dodot: 300 / 200,
  sarung: 200 / 107,
  selendang: 250 / 60,
  kemben: 250 / 50,
  iket: 1,
  taplak: 1.3,
};

/** Lays out a garment whose long side is `longSide` px. Unknown types get a plain kain with borders. */
export function layoutGarment(object: string | undefined, longSide: number): GarmentLayout {
  const aspect = ASPECT[object ?? ''] ?? 250 / 105;
  const width = longSide;
  const height = Math.round(longSide / aspect);
  const band = Math.round(Math.min(width, height) * 0.045);
  const edges: Box[] = [
    { x: 0, y: 0, w: width, h: band },
    { x: 0, y: height - band, w: width, h: band },
  ];
  const inner = { x: 0, y: band, w: width, h: height - 2 * band };
  switch (object) {
    case 'kain-panjang':
    case 'dodot':
      return withKepala(
        width,
        height,
        edges,
        inner,
        width - Math.round(width * 0.2),
        Math.round(width * 0.2),
      );
    case 'sarung':
      return withKepala(width, height, edges, inner, Math.round(width * 0.38), Math.round(width * 0.24));
    case 'selendang':
    case 'kemben':
      return withEndTumpal(width, height, edges, inner, object === 'kemben');
    case 'iket':
    case 'taplak':
      return framed(width, height, band);
    default:
      return { width, height, badan: inner, tumpal: [], borders: edges };
  }
}

/** Kain panjang / sarung: a kepala panel with papan bands either side and two rows of tumpal. */
function withKepala(width: number, height: number, edges: Box[], inner: Box, kx: number, kw: number) {
  const papan = Math.round(width * 0.018);
  const kepala = { x: kx, y: inner.y, w: kw, h: inner.h };
  const borders = [
    ...edges,
    { x: kx - papan, y: inner.y, w: papan, h: inner.h },
    { x: kx + kw, y: inner.y, w: Math.min(papan, width - kx - kw), h: inner.h },
  ].filter((box) => box.w > 0);
  const count = Math.max(3, Math.round(inner.h / (kw * 0.32)));
  const step = inner.h / count;
  const reach = kw * 0.46;
  const tumpal: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const y = inner.y + i * step;
    tumpal.push(`M${n(kx)} ${n(y)} L${n(kx + reach)} ${n(y + step / 2)} L${n(kx)} ${n(y + step)}Z`);
    tumpal.push(
      `M${n(kx + kw)} ${n(y)} L${n(kx + kw - reach)} ${n(y + step / 2)} L${n(kx + kw)} ${n(y + step)}Z`,
    );
  }
  return { width, height, badan: inner, kepala, tumpal, borders };
}

/** Selendang / kemben: tumpal rows at both ends, a plain tengahan in the middle of a kemben. */
function withEndTumpal(width: number, height: number, edges: Box[], inner: Box, tengahan: boolean) {
  const depth = Math.round(width * 0.09);
  const count = Math.max(3, Math.round(inner.h / (depth * 0.55)));
  const step = inner.h / count;
  const tumpal: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const y = inner.y + i * step;
    tumpal.push(`M0 ${n(y)} L${n(depth)} ${n(y + step / 2)} L0 ${n(y + step)}Z`);
    tumpal.push(`M${n(width)} ${n(y)} L${n(width - depth)} ${n(y + step / 2)} L${n(width)} ${n(y + step)}Z`);
  }
  const layout: GarmentLayout = { width, height, badan: inner, tumpal, borders: edges };
  if (tengahan)
    layout.tengahan = { x: width * 0.38, y: inner.y + inner.h * 0.15, w: width * 0.24, h: inner.h * 0.7 };
  return layout;
}

/** Iket / taplak: a border all round and a plain centre square. */
function framed(width: number, height: number, band: number): GarmentLayout {
  const borders = [
    { x: 0, y: 0, w: width, h: band },
    { x: 0, y: height - band, w: width, h: band },
    { x: 0, y: band, w: band, h: height - 2 * band },
    { x: width - band, y: band, w: band, h: height - 2 * band },
  ];
  const badan = { x: band, y: band, w: width - 2 * band, h: height - 2 * band };
  const side = Math.min(width, height) * 0.36;
  const tengahan = { x: (width - side) / 2, y: (height - side) / 2, w: side, h: side };
  return { width, height, badan, tumpal: [], borders, tengahan };
}

/**
 * The badan as it is seen: the main field minus the kepala and its papan bands. Where the kepala
 * splits it (a sarung's), the wider side.
 */
export function visibleBadan(layout: GarmentLayout): Box {
  const { badan, kepala } = layout;
  if (!kepala) return badan;
  const papan = layout.borders.find((box) => box.h === badan.h && box.x + box.w <= kepala.x)?.w ?? 0;
  const left = { ...badan, w: kepala.x - papan - badan.x };
  const rightX = kepala.x + kepala.w + papan;
  const right = { ...badan, x: rightX, w: badan.x + badan.w - rightX };
  return right.w > left.w ? right : left;
}
