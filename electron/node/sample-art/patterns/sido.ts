import { cecek, galaran } from '../marks/isen';
import { n } from '../svg';
import { bloom, candi, ceplokStar, sawat } from './court-elements';
import { around, tileFill, type Anchor, type PatternGenerator } from './pattern-types';

type Field = 'wings' | 'candi' | 'flower' | 'star';

/**
 * The fields of each sido motif, in the order (0,0) (1,0) (0,1) (1,1) of a 2 x 2 repeat: sido mukti
 * has sawat, candi and flowers; sido asih flowers of two kinds; sido luhur repeating ceplok stars.
 */
const FIELDS: Record<string, Field[]> = {
  'sido-mukti': ['wings', 'flower', 'flower', 'candi'],
  'sido-asih': ['flower', 'star', 'star', 'flower'],
  'sido-luhur': ['star', 'star', 'star', 'star'],
};

/**
 * Sido: a diagonal lattice of square fields (the tile is drawn upright and turned 45 degrees), each
 * field framed by a band of galaran bars and holding its own element on a ground of cecek.
 */
export const sido: PatternGenerator = (id, { size: s, colours: c, motif }) => {
  const cell = s * 0.6;
  const band = cell * 0.1;
  const ink = c.dark ? c.light : c.ink;
  const [f0, f1, f2] = c.fills as [string, string, string];
  const fields = FIELDS[motif ?? ''] ?? FIELDS['sido-asih']!;
  let body = '';
  const anchors: Anchor[] = [];
  fields.forEach((field, i) => {
    const x = (i % 2) * cell;
    const y = Math.floor(i / 2) * cell;
    const cx = x + cell / 2;
    const cy = y + cell / 2;
    // The lattice band: a frame of bars round each field.
    body += `<rect x="${n(x)}" y="${n(y)}" width="${n(cell)}" height="${n(band)}" fill="${f1}"/>`;
    body += `<rect x="${n(x)}" y="${n(y)}" width="${n(band)}" height="${n(cell)}" fill="${f1}"/>`;
    body += galaran(x, y, cell, band, band * 0.45, ink, band * 0.08);
    body += `<g transform="rotate(90 ${n(x)} ${n(y)})">${galaran(x, y - band, cell, band, band * 0.45, ink, band * 0.08)}</g>`;
    body += cecek(cx, cy, cell * 0.42, 60, cell * 0.008, ink);
    const size = cell * 0.62;
    if (field === 'wings') body += sawat(cx, cy, size, [f0, f2, f1], ink);
    else if (field === 'candi') body += candi(cx, cy, size, [f0, f2, f1], ink, c.light);
    else if (field === 'flower') body += bloom(cx, cy, size, f0, f2, ink, c.light);
    else body += ceplokStar(cx, cy, size * 1.2, f0, f2, ink);
    // Wings spread wider than the other elements.
    anchors.push(around(field, cx + band / 2, cy + band / 2, cell * (field === 'wings' ? 0.46 : 0.36)));
  });
  anchors.push(around('field', cell / 2 + band / 2, cell / 2 + band / 2, cell / 2 - band / 2));
  anchors.push(around('ground', cell * 0.2, cell * 0.2, cell * 0.08));
  const side = cell * 2;
  return tileFill(id, { width: side, height: side, body, transform: 'rotate(45)' }, c.ground, anchors);
};
