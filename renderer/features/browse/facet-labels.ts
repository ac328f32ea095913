import type { LangMap, MotifRecord, TermRecord } from '../../../electron/shared/collection-records';
import type { Facet, FacetCounts } from '../../facets';
import type { UiKey } from '../../i18n/ui-keys';
import { mainMedia, thumbUrl } from '../../ui/media-urls';

/** The facets a visitor can filter by on the browse screen, in the order the panel shows them. */
export const BROWSE_FACETS = [
  'group',
  'motif',
  'region',
  'technique',
  'era',
  'colour',
  'garment',
] as const satisfies readonly Facet[];
export type BrowseFacet = (typeof BROWSE_FACETS)[number];

/** The key of each browse facet's name, as its tab shows it. */
export const FACET_NAMES = {
  group: 'browse.facetGroup',
  motif: 'browse.facetMotif',
  region: 'browse.facetRegion',
  technique: 'browse.facetTechnique',
  era: 'browse.facetEra',
  colour: 'browse.facetColour',
  garment: 'browse.facetGarment',
} as const satisfies Record<BrowseFacet, UiKey>;

/**
 * The vocabulary whose terms label each facet's values (term ids are `vocab:key`); motifs are
 * labelled from motif records instead.
 */
const FACET_VOCAB: Record<Facet, string | null> = {
  group: 'group',
  motif: null,
  region: 'region',
  technique: 'technique',
  era: 'era',
  colour: 'colour',
  garment: 'garment',
  dye: 'dye',
  place: null,
  maker: null,
  display: null,
};

/** What the panel needs to know about one value to label, order and picture it. */
export interface ValueInfo {
  label: string;
  /** Curator's order (term `order`); values without one sort by label after those with one. */
  order?: number;
  /** A colour family's swatch (`#rrggbb`), drawn on its chip. */
  swatch?: string;
  /** A motif's small drawing (URL on the page's origin), drawn on its chip. */
  thumb?: string;
}

/** The same neutral ground colour browse gives a colour family whose term has no `hex`. */
export const NO_SWATCH = 'var(--swatch-none)';
/** Motif drawings on chips are about 56 px; the smallest thumbnail at least this long will do. */
const CHIP_THUMB_PX = 96;
const HEX = /^#[0-9a-f]{6}$/i;

/**
 * Label, order and picture of one facet value: a vocabulary term's label, curator order and (for
 * colour families) swatch; a motif's name and drawing. The raw key when the record is missing, so
 * a chip never goes blank. The hex is checked again here because it lands in a style attribute.
 */
export function valueInfo(
  facet: Facet,
  value: string,
  records: { terms: ReadonlyMap<string, TermRecord>; motifs: ReadonlyMap<string, MotifRecord> },
  text: (map: LangMap | undefined) => string,
): ValueInfo {
  if (facet === 'motif') {
    const motif = records.motifs.get(value);
    const thumb = motif && thumbUrl(mainMedia(motif.media), CHIP_THUMB_PX);
    return { label: text(motif?.name) || value, ...(thumb && { thumb }) };
  }
  const vocab = FACET_VOCAB[facet];
  const term = vocab ? records.terms.get(`${vocab}:${value}`) : undefined;
  const hex = term?.hex && HEX.test(term.hex) ? term.hex : undefined;
  const swatch = facet === 'colour' ? (hex ?? NO_SWATCH) : hex;
  return {
    label: (term && text(term.label)) || value,
    ...(term && { order: term.order }),
    ...(swatch && { swatch }),
  };
}

/** One chip of an open facet. */
export interface FacetOption {
  value: string;
  label: string;
  count: number;
  selected: boolean;
  swatch?: string;
  thumb?: string;
}

/**
 * The chips of one facet: the values that would show at least one piece if tapped, and every
 * selected value whatever its count (a selection the other filters have emptied must stay, or it
 * could not be taken back). No chip leads to an empty list. Counts are "drill sideways" (the
 * facet's own selection left out), so tapping a chip never hides its neighbours. Ordered by the
 * curator's term order, then by label in the visitor's language.
 */
export function facetOptions(
  values: readonly string[],
  counts: FacetCounts,
  selected: readonly string[],
  info: (value: string) => ValueInfo,
  collator: Intl.Collator,
): FacetOption[] {
  const extra = selected.filter((value) => !values.includes(value));
  return [...values, ...extra]
    .filter((value) => (counts[value] ?? 0) > 0 || selected.includes(value))
    .map((value) => ({ value, ...info(value) }))
    .sort((a, b) => {
      const byOrder = (a.order ?? Number.POSITIVE_INFINITY) - (b.order ?? Number.POSITIVE_INFINITY);
      return (Number.isNaN(byOrder) ? 0 : byOrder) || collator.compare(a.label, b.label);
    })
    .map(({ value, label, swatch, thumb }) => ({
      value,
      label,
      count: counts[value] ?? 0,
      selected: selected.includes(value),
      ...(swatch && { swatch }),
      ...(thumb && { thumb }),
    }));
}
