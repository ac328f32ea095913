import { useTranslation } from 'react-i18next';
import type { PieceCardData } from '../../ui/cards/card-data';
import { PieceCard } from '../../ui/cards/PieceCard';

export interface RelatedPiecesProps {
  cards: readonly PieceCardData[];
  onOpen: (id: string) => void;
}

/** Pieces the curator linked to this one, then cloths sharing its motifs, as small cards that open them. */
export function RelatedPieces({ cards, onOpen }: RelatedPiecesProps) {
  const { t } = useTranslation();
  if (cards.length === 0) return null;
  return (
    <section className="piece-record__section piece-related">
      <h2>{t('piece.related')}</h2>
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
