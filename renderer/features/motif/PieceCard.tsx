import './tiles.css';

/** What a piece card shows; built by the containers from a `PieceRecord`. */
export interface PieceCardData {
  id: string;
  title: string;
  /** Motif names, date or accession: one short line under the title. */
  detail: string;
  thumb?: string;
  /** Why a search found it ("found in: description"), when that is not obvious from the title. */
  note?: string;
}

export interface PieceCardProps {
  card: PieceCardData;
  onOpen: (id: string) => void;
}

/** One piece as a card with its thumbnail; the image is decorative (the title names the piece). */
export function PieceCard({ card, onOpen }: PieceCardProps) {
  return (
    <button type="button" className="piece-card" onClick={() => onOpen(card.id)}>
      <span className="piece-card__image">
        {card.thumb && <img src={card.thumb} alt="" draggable={false} loading="lazy" />}
      </span>
      <span className="piece-card__text">
        <span className="piece-card__title">{card.title}</span>
        <span className="piece-card__detail">{card.detail}</span>
        {card.note && <span className="piece-card__note">{card.note}</span>}
      </span>
    </button>
  );
}
