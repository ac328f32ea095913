import { OnScreenKeyboard, type KeyboardLabels } from '../../kit';
import type { MotifCardData, PieceCardData } from '../../ui/cards/card-data';
import { MotifCard } from '../../ui/cards/MotifCard';
import { PieceCard } from '../../ui/cards/PieceCard';
import { Chip } from '../../ui/chips/Chip';
import { SearchField } from './SearchField';
import type { SearchPhase } from './search-view';
import './search.css';

interface SearchScreenLabels {
  title: string;
  field: string;
  placeholder: string;
  didYouMean: string;
  popular: string;
  recent: string;
  motifs: string;
  pieces: string;
  piecesShown?: string;
  restricted: string;
}

export interface SearchScreenProps {
  text: string;
  /** One line saying what the result area holds (read out by screen readers as it changes). */
  status: string;
  phase: SearchPhase;
  /**
   * How much of the index answers: `names` right after loading, `complete` once descriptions and
   * labels have joined (on `data-index`, so tests and the UI bench can wait for a settled index).
   */
  index: 'loading' | 'missing' | 'names' | 'complete';
  motifCards: readonly MotifCardData[];
  pieceCards: readonly PieceCardData[];
  suggestions: readonly string[];
  popular: readonly { id: string; name: string }[];
  recent: readonly string[];
  labels: SearchScreenLabels;
  keyboardLabels: KeyboardLabels;
  onText: (text: string) => void;
  onSubmit: (text: string) => void;
  onOpenMotif: (id: string) => void;
  onOpenPiece: (id: string) => void;
  /** A popular motif chip: opens the motif without counting as a finished search. */
  onPopular: (id: string) => void;
}

/** Search: the field and on-screen keyboard beside results that follow every key. */
export function SearchScreen(props: SearchScreenProps) {
  const { labels, phase } = props;
  return (
    <div className="search-screen" data-index={props.index}>
      <div className="search-screen__entry">
        <h1>{labels.title}</h1>
        <SearchField value={props.text} label={labels.field} placeholder={labels.placeholder} />
        <OnScreenKeyboard
          value={props.text}
          onChange={props.onText}
          onSubmit={props.onSubmit}
          labels={props.keyboardLabels}
        />
      </div>
      <div className="search-screen__results">
        <p className="search-screen__status" role="status">
          {props.status}
        </p>
        {props.recent.length > 0 && (
          <Chips
            label={labels.recent}
            items={props.recent.map((q) => ({ key: q, text: q }))}
            onPick={props.onText}
          />
        )}
        {phase === 'results' && props.motifCards.length > 0 && (
          <section aria-labelledby="search-motifs">
            <h2 id="search-motifs">{labels.motifs}</h2>
            <ul className="card-grid search-screen__motifs">
              {props.motifCards.map((card) => (
                <li key={card.id}>
                  <MotifCard card={card} restrictedLabel={labels.restricted} onOpen={props.onOpenMotif} />
                </li>
              ))}
            </ul>
          </section>
        )}
        {phase === 'results' && props.pieceCards.length > 0 && (
          <section aria-labelledby="search-pieces">
            <h2 id="search-pieces">{labels.pieces}</h2>
            {labels.piecesShown && <p>{labels.piecesShown}</p>}
            <ul className="card-grid">
              {props.pieceCards.map((card) => (
                <li key={card.id}>
                  <PieceCard card={card} onOpen={props.onOpenPiece} />
                </li>
              ))}
            </ul>
          </section>
        )}
        {phase === 'none' && props.suggestions.length > 0 && (
          <Chips
            label={labels.didYouMean}
            items={props.suggestions.map((s) => ({ key: s, text: s }))}
            onPick={props.onText}
          />
        )}
        {phase !== 'results' && props.popular.length > 0 && (
          <Chips
            label={labels.popular}
            items={props.popular.map((m) => ({ key: m.id, text: m.name }))}
            onPick={props.onPopular}
          />
        )}
      </div>
    </div>
  );
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
