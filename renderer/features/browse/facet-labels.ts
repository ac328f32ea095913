import type { LangMap, MotifRecord, TermRecord } from '../../../electron/shared/collection-records';
import type { Facet, FacetCounts } from '../../facets';

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

/**
 * The vocabulary whose terms label each facet's values (term ids are `vocab:key`); motifs are
 * labelled from motif records instead.
 */
export const FACET_VOCAB: Record<Facet, string | null> = {
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

/** What the panel needs to know about one value to label and order it. */
export interface ValueInfo {
  label: string;
  /** Curator's order (term `order`); values without one sort by label after those with one. */
  order?: number;
}

/**
 * Label and order of one facet value: a vocabulary term's label and curator order, a motif's name;
 * the raw key when the record is missing, so a chip never goes blank.
 */
export function valueInfo(
  facet: Facet,
  value: string,
  records: { terms: ReadonlyMap<string, TermRecord>; motifs: ReadonlyMap<string, MotifRecord> },
  text: (map: LangMap | undefined) => string,
): ValueInfo {
  if (facet === 'motif') return { label: text(records.motifs.get(value)?.name) || value };
  const vocab = FACET_VOCAB[facet];
  const term = vocab ? records.terms.get(`${vocab}:${value}`) : undefined;
  return term ? { label: text(term.label) || value, order: term.order } : { label: value };
}

/** One chip of an open facet. */
export interface FacetOption {
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

/**
 * The chips of one facet: every value the collection has, so chips keep their place while counts
 * change under them (a value at zero stays, dimmed, and may still be tapped); ordered by the
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
    .map((value) => ({ value, ...info(value) }))
    .sort((a, b) => {
      const byOrder = (a.order ?? Number.POSITIVE_INFINITY) - (b.order ?? Number.POSITIVE_INFINITY);
      return (Number.isNaN(byOrder) ? 0 : byOrder) || collator.compare(a.label, b.label);
    })
    .map(({ value, label }) => ({
      value,
      label,
      count: counts[value] ?? 0,
      selected: selected.includes(value),
    }));
}

/**
 * Which of the two count strings (`…One` / `…Other`) a number takes in `language`. Indonesian and
 * Javanese do not inflect nouns for number; English does.
 */
export function pluralForm(count: number, language: string): 'one' | 'other' {
  return new Intl.PluralRules(language).select(count) === 'one' ? 'one' : 'other';
}

/** A count in the visitor's numerals and grouping (10.000 in Indonesian, 10,000 in English). */
export function formatCount(count: number, language: string): string {
  return new Intl.NumberFormat(language).format(count);
}
