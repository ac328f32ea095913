import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../navigation/router';
import { rememberSearch, updateVisit, useVisit } from '../../navigation/visit-state';
import { useMotifMap, usePieces, useTermMap } from '../../db/hooks';
import { useContentText } from '../../i18n/content-text';
import { motifCardData, pieceCardData } from '../../ui/cards/card-data';
import { useMotifPieceCounts } from '../../db/motif-lookups';
import { useFormatNumber } from '../../i18n/numbers';
import { namesMatch, popularMotifIds } from './search-view';
import { SearchScreen } from './SearchScreen';
import { useSearchIndex } from './use-search-index';
import { useSearchResults } from './use-search-results';

/** Results shown at once; the piece screen's swipe still walks every piece hit. */
const MAX_MOTIFS = 12;
const MAX_PIECES = 48;
/** Enough hits for any real query on 10,000 pieces; ranking beyond this is noise. */
const HIT_LIMIT = 2000;
const POPULAR_COUNT = 5;

/** `#/search`: results follow every key of the on-screen keyboard. */
export function SearchContainer() {
  const { t } = useTranslation();
  const text = useContentText();
  const formatNumber = useFormatNumber();
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

  const motifCards = useMemo(() => {
    if (!motifs || !terms) return [];
    return hits.motifIds.slice(0, MAX_MOTIFS).flatMap((id) => {
      const motif = motifs.get(id);
      return motif ? [motifCardData(motif, { terms, text })] : [];
    });
  }, [hits, motifs, terms, text]);

  const pieceCards = useMemo(() => {
    if (!motifs || !terms || !pieceMap) return [];
    return hits.pieceIds.slice(0, MAX_PIECES).flatMap((id) => {
      const piece = pieceMap.get(id);
      if (!piece) return [];
      const names = [
        ...Object.values(piece.title),
        ...piece.motifIds.flatMap((m) => {
          const motif = motifs.get(m);
          return motif ? [...Object.values(motif.name), ...motif.variants] : [];
        }),
      ];
      const note = namesMatch(shown, names) ? undefined : t('search.matchedOther');
      return [pieceCardData(piece, { motifs, terms, text }, note)];
    });
  }, [hits, motifs, terms, pieceMap, text, shown, t]);

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

  const status =
    search.status === 'loading'
      ? t('search.loading')
      : search.status === 'missing'
        ? t('search.unavailable')
        : phase === 'empty'
          ? t('search.prompt')
          : phase === 'short'
            ? t('search.short')
            : phase === 'none'
              ? t('search.noResults', { query: shown.trim() })
              : t('search.found', {
                  motifs: formatNumber(hits.motifIds.length),
                  pieces: formatNumber(hits.pieceIds.length),
                });

  return (
    <SearchScreen
      text={query}
      status={status}
      phase={phase}
      index={search.status === 'ready' ? (search.complete ? 'complete' : 'names') : search.status}
      motifCards={motifCards}
      pieceCards={pieceCards}
      suggestions={suggestions}
      popular={popular}
      recent={recent}
      labels={{
        title: t('search.title'),
        field: t('search.field'),
        placeholder: t('search.placeholder'),
        didYouMean: t('search.didYouMean'),
        popular: t('search.popular'),
        recent: t('search.recent'),
        motifs: t('search.motifs', { total: formatNumber(hits.motifIds.length) }),
        pieces: t('search.pieces', { total: formatNumber(hits.pieceIds.length) }),
        piecesShown:
          hits.pieceIds.length > MAX_PIECES
            ? t('search.piecesShown', {
                shown: formatNumber(MAX_PIECES),
                total: formatNumber(hits.pieceIds.length),
              })
            : undefined,
        restricted: t('motif.restrictedBadge'),
      }}
      keyboardLabels={{
        keyboard: t('search.keyboard.label'),
        space: t('search.keyboard.space'),
        backspace: t('search.keyboard.backspace'),
        clear: t('search.keyboard.clear'),
        submit: t('search.keyboard.submit'),
        hyphen: t('search.keyboard.hyphen'),
        apostrophe: t('search.keyboard.apostrophe'),
      }}
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
