import { memo } from 'react';
import { PressableButton } from '../../kit';
import type { BrowseCardData } from './card-data';

export interface BrowseCardProps {
  card: BrowseCardData;
  onOpen: (id: string) => void;
}

/**
 * One piece in the browse grid. Memoised: a facet tap that keeps this piece in view passes the same
 * card object and callback, so the card is not rendered again. The title comes first in the DOM
 * (what a screen reader announces first) while the picture is shown on top.
 */
export const BrowseCard = memo(function BrowseCard({ card, onOpen }: BrowseCardProps) {
  return (
    <PressableButton className="browse-card" onClick={() => onOpen(card.id)}>
      <span className="browse-card__title">{card.title}</span>
      {/* Every line is always there (empty or not), so all cards, and so all rows, are equally tall. */}
      <span className="browse-card__meta">{card.motifs}</span>
      <span className="browse-card__meta">{card.date}</span>
      <span className="browse-card__group">{card.group}</span>
      <span
        className="browse-card__picture"
        style={card.placeholder ? { backgroundColor: card.placeholder } : undefined}
      >
        {card.thumb && (
          <img
            className="browse-card__image"
            src={card.thumb}
            alt={card.alt}
            draggable={false}
            decoding="async"
          />
        )}
      </span>
    </PressableButton>
  );
});
