import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatNumber } from '../../i18n/numbers';
import { OnScreenKeyboard } from '../../kit';
import type { MotifCardData, PieceCardData } from '../../ui/cards/card-data';
import { MotifCard } from '../../ui/cards/MotifCard';
import { PieceCard } from '../../ui/cards/PieceCard';
import { Chip } from '../../ui/chips/Chip';
import { useKeyboardLabels } from '../../ui/keyboard-labels';
import { SearchField } from './SearchField';
import { SearchStatus, type SearchStatusProps } from './SearchStatus';
import type { SearchPhase } from './search-view';
import './search.css';

/** A piece found, and whether its visible name is why (if not, its card says it matched otherwise). */
export interface PieceHit {
  card: PieceCardData;
  byName: boolean;
}

export interface SearchScreenProps {
  text: string;
  /** The text the results answer; it trails `text` by one worker round trip. */
  answered: string;
  phase: SearchPhase;
  /**
   * How much of the index answers: `names` right after loading, `complete` once descriptions and
   * labels have joined (on `data-index`, so tests and the UI bench can wait for a settled index).
   */
  index: SearchStatusProps['index'];
  /** How many motifs and pieces matched in all; the cards below may show only the best of them. */
  found: { motifs: number; pieces: number };
  motifCards: readonly MotifCardData[];
  pieces: readonly PieceHit[];
  suggestions: readonly string[];
  popular: readonly { id: string; name: string }[];
  recent: readonly string[];
  onText: (text: string) => void;
  onSubmit: (text: string) => void;
  onOpenMotif: (id: string) => void;
  onOpenPiece: (id: string) => void;
  /** A popular motif chip: opens the motif without counting as a finished search. */
  onPopular: (id: string) => void;
}

/** Search: the field and on-screen keyboard beside results that follow every key. */
export function SearchScreen(props: SearchScreenProps) {
  const { phase, found } = props;
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const pieceCards = usePieceCards(props.pieces);
  return (
    <div className="search-screen" data-index={props.index}>
      <div className="search-screen__entry">
        <h1>{t('search.title')}</h1>
        <SearchField value={props.text} />
        <OnScreenKeyboard
          value={props.text}
          onChange={props.onText}
          onSubmit={props.onSubmit}
          labels={useKeyboardLabels()}
        />
      </div>
      <div className="search-screen__results">
        <SearchStatus
          index={props.index}
          phase={phase}
          query={props.answered}
          motifs={found.motifs}
          pieces={found.pieces}
        />
        {props.recent.length > 0 && (
          <Chips
            label={t('search.recent')}
            items={props.recent.map((q) => ({ key: q, text: q }))}
            onPick={props.onText}
          />
        )}
        {phase === 'results' && props.motifCards.length > 0 && (
          <section aria-labelledby="search-motifs">
            <h2 id="search-motifs">{t('search.motifs', { total: formatNumber(found.motifs) })}</h2>
            <ul className="card-grid search-screen__motifs">
              {props.motifCards.map((card) => (
                <li key={card.id}>
                  <MotifCard card={card} onOpen={props.onOpenMotif} />
                </li>
              ))}
            </ul>
          </section>
        )}
        {phase === 'results' && pieceCards.length > 0 && (
          <section aria-labelledby="search-pieces">
            <h2 id="search-pieces">{t('search.pieces', { total: formatNumber(found.pieces) })}</h2>
            {found.pieces > pieceCards.length && (
              <p>
                {t('search.piecesShown', {
                  shown: formatNumber(pieceCards.length),
                  total: formatNumber(found.pieces),
                })}
              </p>
            )}
            <ul className="card-grid">
              {pieceCards.map((card) => (
                <li key={card.id}>
                  <PieceCard card={card} onOpen={props.onOpenPiece} />
                </li>
              ))}
            </ul>
          </section>
        )}
        {phase === 'none' && props.suggestions.length > 0 && (
          <Chips
            label={t('search.didYouMean')}
            items={props.suggestions.map((s) => ({ key: s, text: s }))}
            onPick={props.onText}
          />
        )}
        {phase !== 'results' && props.popular.length > 0 && (
          <Chips
            label={t('search.popular')}
            items={props.popular.map((m) => ({ key: m.id, text: m.name }))}
            onPick={props.onPopular}
          />
        )}
      </div>
    </div>
  );
}

/**
 * The piece cards, each found by something other than its visible name saying so. Kept while the
 * hits and the language stay, so the memoised cards are not drawn again on every key.
 */
function usePieceCards(pieces: readonly PieceHit[]): PieceCardData[] {
  const { t } = useTranslation();
  const note = t('search.matchedOther');
  return useMemo(() => pieces.map(({ card, byName }) => (byName ? card : { ...card, note })), [pieces, note]);
}

/** A titled row of chips; `onPick` receives the chip's key. */
function Chips({
  label,
  items,
  onPick,
}: {
  label: string;
  items: readonly { key: string; text: string }[];
  onPick: (key: string) => void;
}) {
  return (
    <section className="search-screen__chips" aria-label={label}>
      <h2>{label}</h2>
      <div className="chip-row">
        {items.map((item) => (
          <Chip key={item.key} onClick={() => onPick(item.key)}>
            {item.text}
          </Chip>
        ))}
      </div>
    </section>
  );
}
