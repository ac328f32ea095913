import type { Facet, FacetFilters } from './';

/** One selected facet value, as shown on an active-filter chip. */
export interface FilterChip {
  facet: Facet;
  value: string;
}

/** The filters plus the order they were added in: the two visit-state fields browse writes together. */
export interface FilterState {
  filters: FacetFilters;
  filterOrder: readonly FilterChip[];
}

const EMPTY_FILTERS: FacetFilters = Object.freeze({});
const EMPTY_ORDER: readonly FilterChip[] = Object.freeze([]);

/** Whether `value` of `facet` is among the selected filters. */
export function isSelected(filters: FacetFilters, facet: Facet, value: string): boolean {
  return filters[facet]?.includes(value) ?? false;
}

/**
 * Every selected value, oldest first. The recorded order is trusted only for values still in
 * `filters`; values set by another screen without an order entry (e.g. a motif page's "all pieces
 * with this motif") follow, in the order `filters` lists them.
 */
export function orderedFilters(state: FilterState): readonly FilterChip[] {
  const { filters, filterOrder } = state;
  const seen = new Set<string>();
  const chips: FilterChip[] = [];
  const push = (chip: FilterChip) => {
    const key = `${chip.facet}\u0000${chip.value}`;
    if (seen.has(key) || !isSelected(filters, chip.facet, chip.value)) return;
    seen.add(key);
    chips.push(chip);
  };
  filterOrder.forEach(push);
  for (const [facet, values] of Object.entries(filters) as [Facet, readonly string[] | undefined][]) {
    for (const value of values ?? []) push({ facet, value });
  }
  return chips.length === 0 ? EMPTY_ORDER : chips;
}

/** The value the visitor added most recently, if any filter is set. */
export function lastFilter(state: FilterState): FilterChip | undefined {
  return orderedFilters(state).at(-1);
}

/** Adds a value at the end of the order (a value already selected is left where it is). */
export function addFilter(state: FilterState, chip: FilterChip): FilterState {
  if (isSelected(state.filters, chip.facet, chip.value)) return state;
  return {
    filters: { ...state.filters, [chip.facet]: [...(state.filters[chip.facet] ?? []), chip.value] },
    filterOrder: [...orderedFilters(state), chip],
  };
}

/** Removes one value; a facet left with no values disappears from `filters` altogether. */
export function removeFilter(state: FilterState, chip: FilterChip): FilterState {
  if (!isSelected(state.filters, chip.facet, chip.value)) return state;
  const rest = (state.filters[chip.facet] ?? []).filter((value) => value !== chip.value);
  const filters: FacetFilters = { ...state.filters };
  if (rest.length > 0) filters[chip.facet] = rest;
  else delete filters[chip.facet];
  const filterOrder = orderedFilters(state).filter((c) => c.facet !== chip.facet || c.value !== chip.value);
  return Object.keys(filters).length === 0 ? clearFilters() : { filters, filterOrder };
}

/** Adds the value when it is not selected, removes it when it is (a chip's tap). */
export function toggleFilter(state: FilterState, chip: FilterChip): FilterState {
  return isSelected(state.filters, chip.facet, chip.value)
    ? removeFilter(state, chip)
    : addFilter(state, chip);
}

/** Removes the most recently added value. */
export function removeLastFilter(state: FilterState): FilterState {
  const last = lastFilter(state);
  return last ? removeFilter(state, last) : state;
}

/** No filters at all (the shared frozen empties, so "nothing changed" is cheap to detect). */
export function clearFilters(): FilterState {
  return { filters: EMPTY_FILTERS, filterOrder: EMPTY_ORDER };
}

/** Only this one value selected: how colour browse opens the grid. */
export function onlyFilter(chip: FilterChip): FilterState {
  return { filters: { [chip.facet]: [chip.value] }, filterOrder: [chip] };
}
