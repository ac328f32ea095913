import { useTranslation } from 'react-i18next';
import { PressableButton } from '../../kit';
import { CARD_PICTURE_SIZES, type MotifCardData } from './card-data';
import { LaranganBadge } from './LaranganBadge';
import './cards.css';

export interface MotifCardProps {
  card: MotifCardData;
  onOpen: (id: string) => void;
}

/**
 * One motif as a card, in the same frame as a piece card: its drawing on top, then its name,
 * family, piece count (worded by the card) and a larangan badge. The drawing is decorative here
 * (alt=""): the card's text names the motif, and the drawing is described on the motif page, where
 * it is shown large.
 */
export function MotifCard({ card, onOpen }: MotifCardProps) {
  const { t } = useTranslation();
  return (
    <PressableButton className="card motif-card" onClick={() => onOpen(card.id)}>
      <span className="card__title">{card.name}</span>
      <span className="card__kind">{card.family}</span>
      {card.pieceCount !== undefined && (
        <span className="card__fact">{t('motif.pieceCount', { count: card.pieceCount })}</span>
      )}
      {card.restricted && <LaranganBadge />}
      <span className="card__picture">
        {card.thumb && (
          <img
            src={card.thumb}
            srcSet={card.srcSet}
            sizes={card.srcSet && CARD_PICTURE_SIZES}
            alt=""
            draggable={false}
            loading="lazy"
            decoding="async"
          />
        )}
      </span>
    </PressableButton>
  );
}
