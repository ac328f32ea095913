import { memo } from 'react';
import { PressableButton } from '../../kit';
import { appDb } from '../../db/kiosk-db';
import { prefetchPiece } from '../../db/piece-prefetch';
import { CARD_PICTURE_SIZES, SMALL_CARD_PICTURE_SIZES, type PieceCardData } from './card-data';
import './cards.css';

/**
 * - `whole` (default): every line in full; on the motif page and in search results.
 * - `even`: every card equally tall - the title cut to two lines, one line per fact, each line
 *   there even when empty - because the browse grid places its virtualised rows by one measured
 *   height; the piece screen shows the rest. The three facts are one text block of three lines
 *   (`factLines`): the grid lays out every card it scrolls past, and every text block laid out
 *   leaves Chromium several KB of garbage, which is what starts the collections that stall a
 *   scroll (README, performance: four blocks 44 KB per card, two blocks 35 KB).
 * - `small`: title and date only, for a row of related pieces beside a record.
 */
type PieceCardVariant = 'whole' | 'even' | 'small';

export interface PieceCardProps {
  card: PieceCardData;
  variant?: PieceCardVariant;
  onOpen: (id: string) => void;
  /**
   * The `<img sizes>` of the picture (the width it is drawn at), where the screen knows it: the
   * browser picks the card crop by it. By default a small card's width, or about a card in a grid.
   */
  sizes?: string;
  /**
   * `eager` where the cards are only those near the screen already (the virtualised browse grid):
   * there lazy loading would only add an intersection check per picture to every frame of a scroll.
   */
  loading?: 'lazy' | 'eager';
  /**
   * Show the piece's tint in the picture's place, no picture yet: the browse grid asks for this
   * while it is flung too fast for a picture to be seen (features/browse/fling-speed.ts).
   */
  pictureWaits?: boolean;
}

/**
 * Motifs, date and group as three lines of one text (an empty fact an empty line, so every card
 * keeps three); a line break inside a fact becomes a space, so a fact never takes two lines.
 */
function factLines(card: PieceCardData): string {
  return [card.motifs, card.date, card.group].map((text) => text.replace(/\s*[\r\n]+\s*/g, ' ')).join('\n');
}

/**
 * One piece as a card: its picture on top, then title, motifs, date and group (and, from a search,
 * why it was found). The title comes first in the DOM (what a screen reader announces first) while
 * the picture is shown on top; the ThumbHash tone fills the picture's place until it arrives.
 * Memoised: a browse grid that keeps this piece in view passes the same card object and callback,
 * so the card is not rendered again.
 */
export const PieceCard = memo(function PieceCard({
  card,
  variant = 'whole',
  onOpen,
  sizes = variant === 'small' ? SMALL_CARD_PICTURE_SIZES : CARD_PICTURE_SIZES,
  loading = 'lazy',
  pictureWaits = false,
}: PieceCardProps) {
  // One element per fact, empty ones left out; the even card writes its facts as one text instead.
  const lines =
    variant === 'even'
      ? []
      : variant === 'small'
        ? [{ kind: 'fact', text: card.date }]
        : [
            { kind: 'fact', text: card.motifs },
            { kind: 'fact', text: card.date },
            { kind: 'kind', text: card.group },
          ];
  const tint = card.placeholder ? { backgroundColor: card.placeholder } : undefined;
  return (
    <PressableButton
      className="card piece-card"
      data-variant={variant}
      // The piece screen's record is read from the press on, not from the click (piece-prefetch.ts).
      onPointerDown={() => prefetchPiece(appDb(), card.id)}
      onClick={() => onOpen(card.id)}
    >
      <span className="card__title">{card.title}</span>
      {variant === 'even' && <span className="card__facts">{factLines(card)}</span>}
      {lines.map(
        (line, i) =>
          line.text && (
            <span key={i} className={`card__${line.kind}`}>
              {line.text}
            </span>
          ),
      )}
      {card.note && variant !== 'small' && <span className="card__note">{card.note}</span>}
      {card.thumb && !pictureWaits ? (
        // The picture is the image itself, tinted until it arrives: one element fewer per card in a
        // grid that builds cards as it scrolls. Keyed by piece, so a card the grid reuses for
        // another piece never shows the previous piece's picture while the new one loads.
        <img
          key={card.id}
          src={card.thumb}
          srcSet={card.srcSet}
          sizes={card.srcSet && sizes}
          alt={card.alt}
          className="card__picture"
          style={tint}
          draggable={false}
          loading={loading}
          decoding="async"
        />
      ) : (
        <span className="card__picture" style={tint} />
      )}
    </PressableButton>
  );
});
