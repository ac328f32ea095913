import { useEffect, useState } from 'react';
import { MIN_QUERY_LENGTH } from '../../../electron/shared/search/search-query';
import { searchPhase, splitHits, type SearchPhase, type SplitHits } from './search-view';
import type { SearchIndexState } from './use-search-index';

export interface SearchResults {
  /** The text these results answer; it trails the field by one worker round trip. */
  query: string;
  phase: SearchPhase;
  hits: SplitHits;
  /** "Did you mean" phrasings, asked for only when nothing matched. */
  suggestions: string[];
}

const NO_HITS: SplitHits = { motifIds: [], pieceIds: [] };

/**
 * The results for `query`, answered by the query worker. Each key asks again; an answer that
 * arrives after a newer key (or after the index changed) is dropped, so results never go back to
 * an older text. Until the first answer, the results of the previous text stay on screen.
 */
export function useSearchResults(search: SearchIndexState, query: string, limit: number): SearchResults {
  const [results, setResults] = useState<SearchResults>({
    query: '',
    phase: 'empty',
    hits: NO_HITS,
    suggestions: [],
  });
  useEffect(() => {
    if (search.status !== 'ready') return;
    let current = true;
    void (async () => {
      const hits = splitHits(await search.index.search(query, limit));
      const phase = searchPhase(query, hits.motifIds.length + hits.pieceIds.length, MIN_QUERY_LENGTH);
      const suggestions = phase === 'none' ? await search.index.suggest(query) : [];
      if (current) setResults({ query, phase, hits, suggestions });
    })();
    return () => {
      current = false;
    };
  }, [search, query, limit]);
  return results;
}
