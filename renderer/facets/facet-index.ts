import { andInto, countAnd, emptyBitset, fullBitset, hasBit, orInto, setBit, type Bitset } from './bitset';
import { FACET_VALUES, FACETS, type Facet, type FacetPiece } from './facet-fields';

/** Selected values per facet: AND across facets, OR within one. Absent or empty = no filter. */
export type FacetFilters = Partial<Record<Facet, readonly string[]>>;

/** Count per value (only values with at least one piece), in first-seen collection order. */
export type FacetCounts = Readonly<Record<string, number>>;

interface FacetResult {
  /** Matching piece ids: in `within` order when given (search ranking), else collection order. */
  ids: readonly string[];
  /**
   * For every facet, how many pieces each value would give if the visitor also tapped it: counted
   * with that facet's own selection removed ("drill sideways"), all other filters applied.
   */
  counts: Readonly<Record<Facet, FacetCounts>>;
}

export interface FacetIndex {
  /** Number of pieces indexed. */
  readonly size: number;
  /** Every value a facet has in the collection, in first-seen order. */
  values(facet: Facet): readonly string[];
  /**
   * Filtered ids and sideways counts. `within` restricts to those ids (e.g. search hits) and
   * gives the order. Equal inputs give the very same result object, and unchanged parts (ids,
   * each facet's counts) keep their identity between calls, so React skips re-rendering them.
   */
  query(filters: FacetFilters, within?: readonly string[] | null): FacetResult;
}

/** The shared empty outputs: one frozen object each, returned for every empty result. */
export const EMPTY_IDS: readonly string[] = Object.freeze([]);
export const EMPTY_COUNTS: FacetCounts = Object.freeze({});

interface Postings {
  values: string[];
  bits: Bitset[];
  slot: Map<string, number>;
}

/** Indexes the pieces once (the whole collection, in memory); queries are then pure bit work. */
export function createFacetIndex(pieces: readonly FacetPiece[]): FacetIndex {
  const size = pieces.length;
  const ids = pieces.map((piece) => piece.id);
  const positionOf = new Map(ids.map((id, i) => [id, i]));
  const postings = {} as Record<Facet, Postings>;
  for (const facet of FACETS) {
    const slot = new Map<string, number>();
    const entry: Postings = { values: [], bits: [], slot };
    pieces.forEach((piece, i) => {
      for (const value of FACET_VALUES[facet](piece)) {
        let at = slot.get(value);
        if (at === undefined) {
          at = entry.values.push(value) - 1;
          slot.set(value, at);
          entry.bits.push(emptyBitset(size));
        }
        setBit(entry.bits[at], i);
      }
    });
    postings[facet] = entry;
  }
  const everything = fullBitset(size);
  let previous:
    { key: string; within: readonly string[] | null | undefined; result: FacetResult } | undefined;

  /** Pieces having any selected value of `facet`; undefined when the facet is not filtered. */
  function selection(facet: Facet, selected: readonly string[] | undefined): Bitset | undefined {
    if (!selected || selected.length === 0) return undefined;
    const union = emptyBitset(size);
    const { slot, bits } = postings[facet];
    for (const value of selected) {
      const at = slot.get(value);
      if (at !== undefined) orInto(union, bits[at]);
    }
    return union;
  }

  function compute(filters: FacetFilters, within: readonly string[] | null | undefined): FacetResult {
    const base = everything.slice();
    if (within) {
      const allowed = emptyBitset(size);
      for (const id of within) {
        const at = positionOf.get(id);
        if (at !== undefined) setBit(allowed, at);
      }
      andInto(base, allowed);
    }
    const selections = FACETS.map((facet) => selection(facet, filters[facet]));
    const matching = base.slice();
    for (const bits of selections) if (bits) andInto(matching, bits);

    const counts = {} as Record<Facet, FacetCounts>;
    FACETS.forEach((facet, f) => {
      // Drill sideways: every filter but this facet's own.
      let mask = matching;
      if (selections[f]) {
        mask = base.slice();
        selections.forEach((bits, g) => {
          if (bits && g !== f) andInto(mask, bits);
        });
      }
      const found: Record<string, number> = {};
      let any = false;
      const { values, bits } = postings[facet];
      for (let v = 0; v < values.length; v++) {
        const count = countAnd(bits[v], mask);
        if (count > 0) {
          found[values[v]] = count;
          any = true;
        }
      }
      counts[facet] = any ? Object.freeze(found) : EMPTY_COUNTS;
    });

    const order = within ? within.filter((id) => positionOf.has(id)) : ids;
    const kept = order.filter((id) => hasBit(matching, positionOf.get(id) as number));
    return { ids: kept.length === 0 ? EMPTY_IDS : Object.freeze(kept), counts: Object.freeze(counts) };
  }

  return {
    size,
    values: (facet) => postings[facet].values,
    query(filters, within) {
      const key = filterKey(filters);
      if (previous && previous.key === key && previous.within === within) return previous.result;
      const fresh = compute(filters, within);
      const result = previous ? reuseUnchanged(previous.result, fresh) : Object.freeze(fresh);
      previous = { key, within, result };
      return result;
    },
  };
}

/** Order-insensitive key of a filter set, ignoring empty selections. */
function filterKey(filters: FacetFilters): string {
  return JSON.stringify(FACETS.map((facet) => [...(filters[facet] ?? [])].sort()));
}

/** Keeps the previous ids array and per-facet count objects wherever their content is unchanged. */
function reuseUnchanged(before: FacetResult, after: FacetResult): FacetResult {
  const counts = {} as Record<Facet, FacetCounts>;
  let allCountsSame = true;
  for (const facet of FACETS) {
    const same = shallowEqualCounts(before.counts[facet], after.counts[facet]);
    counts[facet] = same ? before.counts[facet] : after.counts[facet];
    allCountsSame &&= same;
  }
  const idsSame = before.ids.length === after.ids.length && before.ids.every((id, i) => id === after.ids[i]);
  if (idsSame && allCountsSame) return before;
  return Object.freeze({
    ids: idsSame ? before.ids : after.ids,
    counts: allCountsSame ? before.counts : Object.freeze(counts),
  });
}

function shallowEqualCounts(a: FacetCounts, b: FacetCounts): boolean {
  if (a === b) return true;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => a[key] === b[key]);
}
