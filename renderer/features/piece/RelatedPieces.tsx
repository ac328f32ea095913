import { PressableButton } from '../../kit';

export interface RelatedCard {
  id: string;
  title: string;
  date: string;
  thumb?: string;
}

export interface RelatedPiecesProps {
  heading: string;
  cards: readonly RelatedCard[];
  onOpen: (id: string) => void;
}

/** Pieces the curator linked to this one, as cards that open them. */
export function RelatedPieces({ heading, cards, onOpen }: RelatedPiecesProps) {
  if (cards.length === 0) return null;
  return (
    <section className="piece-record__section piece-related">
      <h2>{heading}</h2>
      <ul>
        {cards.map((card) => (
          <li key={card.id}>
            <PressableButton className="piece-related__card" onClick={() => onOpen(card.id)}>
              {card.thumb && <img src={card.thumb} alt="" draggable={false} />}
              <span className="piece-related__title">{card.title}</span>
              {card.date && <span className="piece-related__date">{card.date}</span>}
            </PressableButton>
          </li>
        ))}
      </ul>
    </section>
  );
}
