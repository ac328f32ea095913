import { useMemo } from 'react';
import { navigate } from '../../navigation/router';
import { rememberSearch, updateVisit, useVisit } from '../../navigation/visit-state';
import { useMotifMap, usePieces, useTermMap } from '../../db/hooks';
import { useContentText } from '../../i18n/content-text';
import { motifCardData, pieceCardData } from '../../ui/cards/card-data';
import { useMotifPieceCounts } from '../../db/motif-lookups';
import { namesMatch, popularMotifIds } from './search-view';
import { SearchScreen, type PieceHit } from './SearchScreen';
import { useSearchIndex } from './use-search-index';
import { useSearchResults } from './use-search-results';
import { useSettledSearch } from './use-settled-search';

/** Results shown at once; the piece screen's swipe still walks every piece hit. */
const MAX_MOTIFS = 12;
const MAX_PIECES = 48;
/** Enough hits for any real query on 10,000 pieces; ranking beyond this is noise. */
const HIT_LIMIT = 2000;
const POPULAR_COUNT = 5;

/** `#/search`: results follow every key of the on-screen keyboard. */
export function SearchContainer() {
  const text = useContentText();
  const query = useVisit((s) => s.searchText);
  const recent = useVisit((s) => s.recentSearches);
  const search = useSearchIndex();
  const motifs = useMotifMap();
  const terms = useTermMap();
  const pieces = usePieces();
  const counts = useMotifPieceCounts();
  const pieceMap = useMemo(() => (pieces ? new Map(pieces.map((p) => [p.id, p])) : undefined), [pieces]);

  // The field shows every key at once; the results follow from the query worker, a few
  // milliseconds later, and never hold up the keyboard (see useSearchResults).
  const { query: shown, phase, hits, suggestions } = useSearchResults(search, query, HIT_LIMIT);
  useSettledSearch(shown, phase, hits.motifIds.length + hits.pieceIds.length);

  const motifCards = useMemo(() => {
    if (!motifs || !terms) return [];
    return hits.motifIds.slice(0, MAX_MOTIFS).flatMap((id) => {
      const motif = motifs.get(id);
      return motif ? [motifCardData(motif, { terms, text })] : [];
    });
  }, [hits, motifs, terms, text]);

  const pieceHits = useMemo(() => {
    if (!motifs || !terms || !pieceMap) return [];
    return hits.pieceIds.slice(0, MAX_PIECES).flatMap((id): PieceHit[] => {
      const piece = pieceMap.get(id);
      if (!piece) return [];
      const names = [
        ...Object.values(piece.title),
        ...piece.motifIds.flatMap((m) => {
          const motif = motifs.get(m);
          return motif ? [...Object.values(motif.name), ...motif.variants] : [];
        }),
      ];
      return [{ card: pieceCardData(piece, { motifs, terms, text }), byName: namesMatch(shown, names) }];
    });
  }, [hits, motifs, terms, pieceMap, text, shown]);

  const popular = useMemo(
    () =>
      counts && motifs
        ? popularMotifIds(counts, POPULAR_COUNT).flatMap((id) => {
            const motif = motifs.get(id);
            return motif ? [{ id, name: text(motif.name) || id }] : [];
          })
        : [],
    [counts, motifs, text],
  );

  return (
    <SearchScreen
      text={query}
      answered={shown}
      phase={phase}
      index={search.status === 'ready' ? (search.complete ? 'complete' : 'names') : search.status}
      found={{ motifs: hits.motifIds.length, pieces: hits.pieceIds.length }}
      motifCards={motifCards}
      pieces={pieceHits}
      suggestions={suggestions}
      popular={popular}
      recent={recent}
      onText={(value) => updateVisit({ searchText: value })}
      onSubmit={rememberSearch}
      onOpenMotif={(id) => {
        rememberSearch(shown);
        navigate({ name: 'motif', id });
      }}
      onOpenPiece={(id) => {
        rememberSearch(shown);
        // Swiping on the piece screen walks every piece this search found, in rank order.
        updateVisit({ resultIds: hits.pieceIds });
        navigate({ name: 'piece', id });
      }}
      onPopular={(id) => navigate({ name: 'motif', id })}
    />
  );
}
