import { useTranslation } from 'react-i18next';
import { useFormatNumber } from '../../i18n/numbers';
import type { SearchPhase } from './search-view';

export interface SearchStatusProps {
  /** How far the index is: still loading, missing, or answering (names first, then complete). */
  index: 'loading' | 'missing' | 'names' | 'complete';
  phase: SearchPhase;
  /** The text the results answer (it trails the field by one worker round trip). */
  query: string;
  /** How many motifs and pieces matched, before any cut to the cards shown. */
  motifs: number;
  pieces: number;
}

/**
 * One line saying what the result area holds: why there is nothing yet, that nothing matched, or
 * how much did. A polite live region, so a screen reader hears it change as the visitor types.
 */
export function SearchStatus({ index, phase, query, motifs, pieces }: SearchStatusProps) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const text =
    index === 'loading'
      ? t('search.loading')
      : index === 'missing'
        ? t('search.unavailable')
        : phase === 'empty'
          ? t('search.prompt')
          : phase === 'short'
            ? t('search.short')
            : phase === 'none'
              ? t('search.noResults', { query: query.trim() })
              : t('search.found', { motifs: formatNumber(motifs), pieces: formatNumber(pieces) });
  return (
    <p className="search-screen__status" role="status">
      {text}
    </p>
  );
}
