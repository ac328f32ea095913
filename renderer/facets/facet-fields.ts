import type { PieceRecord } from '../../electron/shared/collection-records';

/** The facets the kiosk filters by; each maps a piece to the values it has (possibly several). */
export const FACETS = [
  'group',
  'motif',
  'region',
  'technique',
  'era',
  'colour',
  'garment',
  'dye',
  'place',
  'maker',
  'display',
] as const;
export type Facet = (typeof FACETS)[number];

/** The part of a piece the facets read (a `PieceRecord` fits). */
export type FacetPiece = Pick<
  PieceRecord,
  'id' | 'group' | 'motifIds' | 'techniques' | 'dyes' | 'colours' | 'objectType' | 'display'
> & { production: Pick<PieceRecord['production'], 'region' | 'era' | 'place' | 'makers'> };

/** Values of the `display` facet. */
const ON_DISPLAY = 'on-display';
const IN_STORAGE = 'in-storage';

const one = (value: string | undefined): readonly string[] => (value ? [value] : []);

/** How each facet reads its values off a piece; term keys and ids, never labels. */
export const FACET_VALUES: Record<Facet, (piece: FacetPiece) => readonly string[]> = {
  group: (piece) => one(piece.group),
  motif: (piece) => piece.motifIds,
  region: (piece) => one(piece.production.region),
  technique: (piece) => piece.techniques,
  era: (piece) => one(piece.production.era),
  colour: (piece) => piece.colours,
  garment: (piece) => one(piece.objectType),
  dye: (piece) => piece.dyes,
  place: (piece) => one(piece.production.place),
  maker: (piece) => piece.production.makers.map((credit) => credit.maker),
  display: (piece) => [piece.display.onDisplay ? ON_DISPLAY : IN_STORAGE],
};
