import type { PieceCardData } from '../../ui/cards/card-data';
import { PieceCard } from '../../ui/cards/PieceCard';

export interface RelatedPiecesProps {
  heading: string;
  cards: readonly PieceCardData[];
  onOpen: (id: string) => void;
}

/** Pieces the curator linked to this one, as small cards that open them. */
export function RelatedPieces({ heading, cards, onOpen }: RelatedPiecesProps) {
  if (cards.length === 0) return null;
  return (
    <section className="piece-record__section piece-related">
      <h2>{heading}</h2>
      <ul>
        {cards.map((card) => (
          <li key={card.id}>
            <PieceCard card={card} variant="small" onOpen={onOpen} />
          </li>
        ))}
      </ul>
    </section>
  );
}
