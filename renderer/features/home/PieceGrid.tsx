export interface PieceCard {
  id: string;
  title: string;
  motifs: string;
  year: string;
  thumb?: string;
}

export interface PieceGridProps {
  label: string;
  emptyText: string;
  cards: readonly PieceCard[];
  onOpen: (id: string) => void;
}

/** The touch grid of pieces: each card is one large button that opens the piece. */
export function PieceGrid({ label, emptyText, cards, onOpen }: PieceGridProps) {
  if (cards.length === 0) return <p className="screen-message">{emptyText}</p>;
  return (
    <ul className="piece-grid" aria-label={label}>
      {cards.map((card) => (
        <li key={card.id} className="piece-grid__item">
          <button type="button" className="piece-card" onClick={() => onOpen(card.id)}>
            {card.thumb ? (
              <img className="piece-card__image" src={card.thumb} alt="" draggable={false} decoding="async" />
            ) : (
              <span className="piece-card__image" aria-hidden="true" />
            )}
            <span className="piece-card__title">{card.title}</span>
            <span className="piece-card__meta">{card.motifs}</span>
            <span className="piece-card__meta">{card.year}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
