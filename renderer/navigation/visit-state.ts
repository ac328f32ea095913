import { useSyncExternalStore } from 'react';
import type { Facet, FacetFilters, SortKey } from '../facets';

/**
 * Everything one visitor leaves behind while browsing: filters, sort, search text, recent searches,
 * the result list the piece screen swipes through, scroll positions, the compare tray. It lives in
 * memory only (never IndexedDB): the idle reset calls `resetVisit()` and the next visitor starts clean.
 */
export interface VisitState {
  filters: FacetFilters;
  /**
   * The filter values in the order the visitor added them (oldest first), so "remove the last
   * filter" knows which one that is; `filters` alone cannot tell across facets.
   */
  filterOrder: readonly { facet: Facet; value: string }[];
  sort: SortKey | null;
  searchText: string;
  recentSearches: readonly string[];
  /** Ids of the list the visitor came from, in order: swipe left/right on a piece walks it. */
  resultIds: readonly string[];
  /** Scroll offsets by screen key, restored when the visitor comes back. */
  scroll: Readonly<Record<string, number>>;
  /** Pieces picked for side-by-side comparison (at most two). */
  compare: readonly string[];
}

const INITIAL: VisitState = Object.freeze({
  filters: Object.freeze({}),
  filterOrder: Object.freeze([]),
  sort: null,
  searchText: '',
  recentSearches: Object.freeze([]),
  resultIds: Object.freeze([]),
  scroll: Object.freeze({}),
  compare: Object.freeze([]),
});

let state: VisitState = INITIAL;
const listeners = new Set<() => void>();

export function getVisit(): VisitState {
  return state;
}

/** Replaces part of the visit state; listeners run only when something actually changed. */
export function updateVisit(patch: Partial<VisitState> | ((s: VisitState) => Partial<VisitState>)): void {
  const next = { ...state, ...(typeof patch === 'function' ? patch(state) : patch) };
  const changed = (Object.keys(next) as (keyof VisitState)[]).some((k) => next[k] !== state[k]);
  if (!changed) return;
  state = next;
  for (const listener of listeners) listener();
}

/** Back to a clean slate for the next visitor. */
export function resetVisit(): void {
  if (state === INITIAL) return;
  state = INITIAL;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Reads one slice of the visit state; re-renders only when that slice changes identity. */
export function useVisit<T>(select: (s: VisitState) => T): T {
  return useSyncExternalStore(subscribe, () => select(state));
}

/** Remembers a finished search, newest first, without duplicates, at most eight. */
export function rememberSearch(text: string): void {
  const query = text.trim();
  if (!query) return;
  updateVisit((s) => ({
    recentSearches: [query, ...s.recentSearches.filter((q) => q !== query)].slice(0, 8),
  }));
}
