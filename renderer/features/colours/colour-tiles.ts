import type { LangMap, TermRecord } from '../../../electron/shared/collection-records';
import type { FacetCounts } from '../../facets';

/** One colour/dye family as a swatch tile, in the visitor's language. */
export interface ColourTile {
  /** Key in the `colour` vocabulary: the value of the browse `colour` filter. */
  key: string;
  label: string;
  /** Swatch colour; a neutral ground when the curator gave none. */
  hex: string;
  count: number;
  /** A line about the dye, when the collection has one. */
  description: string;
}

const NO_SWATCH = 'var(--swatch-none)';

/**
 * The tiles of colour browse: every family of the `colour` vocabulary that at least one piece
 * carries, in the curator's order. The explanation is the colour term's own description, else
 * that of the dye of the same key (indigo, soga, mengkudu are both a colour family and a dye).
 */
export function colourTiles(
  terms: ReadonlyMap<string, TermRecord>,
  counts: FacetCounts,
  text: (map: LangMap | undefined) => string,
): ColourTile[] {
  return [...terms.values()]
    .filter((term) => term.vocab === 'colour' && (counts[term.key] ?? 0) > 0)
    .sort((a, b) => a.order - b.order || a.key.localeCompare(b.key))
    .map((term) => ({
      key: term.key,
      label: text(term.label) || term.key,
      hex: term.hex ?? NO_SWATCH,
      count: counts[term.key] ?? 0,
      description: text(term.description) || text(terms.get(`dye:${term.key}`)?.description),
    }));
}
