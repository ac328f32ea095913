import { useEffect, useState } from 'react';
import { insightsRecorder } from '../../insights/recorder';
import { queryText } from '../../../electron/shared/search/normalise';
import type { SearchPhase } from './search-view';

/** A query with results on screen this long, and no new key, is what the visitor searched for. */
export const SETTLE_MS = 1500;

/** The search on screen and the last one recorded; `settle` records the first if it is new. */
class SearchSettler {
  private pending: { text: string; results: number } | null = null;
  private last: string | null = null;

  offer(pending: { text: string; results: number } | null): void {
    this.pending = pending;
  }

  settle(): void {
    const search = this.pending;
    this.pending = null;
    if (!search || search.text === this.last) return;
    this.last = search.text;
    insightsRecorder().record({ kind: 'search', text: search.text, results: search.results });
  }
}

/**
 * Records a search for the visitor insights once it has settled, not at every key: "b", "ba",
 * "bat" are typing, "batik" read for a moment (or left by opening a result, or by leaving the
 * screen) is the search. Each settled text is recorded once in a row, with the number of results
 * it showed; a query too short to search records nothing.
 */
export function useSettledSearch(answered: string, phase: SearchPhase, results: number): void {
  const [settler] = useState(() => new SearchSettler());

  useEffect(() => {
    const text = queryText(answered);
    if ((phase !== 'results' && phase !== 'none') || !text) {
      settler.offer(null);
      return undefined;
    }
    settler.offer({ text, results });
    const timer = setTimeout(() => settler.settle(), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [settler, answered, phase, results]);

  // Leaving the screen (a result opened, home) settles what was on it; so does the visit ending
  // here (the idle reset ends it before the screen unmounts).
  useEffect(() => {
    const unregister = insightsRecorder().beforeEnd(() => settler.settle());
    return () => {
      unregister();
      settler.settle();
    };
  }, [settler]);
}
