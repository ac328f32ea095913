import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { columnsFor, ROW_ESTIMATE_PX } from './grid-layout';

export interface PieceCard {
  id: string;
  title: string;
  motifs: string;
  year: string;
  thumb?: string;
}

export interface PieceGridProps {
  label: string;
  /** e.g. "Cloths: 40", shown above the grid. */
  summary: string;
  emptyText: string;
  cards: readonly PieceCard[];
  onOpen: (id: string) => void;
  /** Scroll offset to start at (the grid remembers its place across visits to a piece). */
  initialOffset: number;
  onScrollOffset: (offset: number) => void;
}

/** Tracks an element's content width; 0 until it has been laid out. */
function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/**
 * The touch grid of pieces. Only the rows near the viewport are in the DOM, so ten thousand pieces
 * render as fast as forty; each card still announces its position in the whole list.
 */
export function PieceGrid(props: PieceGridProps) {
  const { label, summary, emptyText, cards, onOpen, initialOffset, onScrollOffset } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const columns = columnsFor(useWidth(scrollRef) || window.innerWidth);
  const virtualizer = useVirtualizer({
    count: Math.ceil(cards.length / columns),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE_PX,
    overscan: 2,
    initialOffset,
  });

  return (
    <section className="piece-grid-screen">
      <p className="piece-grid__summary">{summary}</p>
      <div
        className="piece-grid-scroller"
        ref={scrollRef}
        onScroll={(event) => onScrollOffset(event.currentTarget.scrollTop)}
      >
        {cards.length === 0 ? (
          <p className="screen-message">{emptyText}</p>
        ) : (
          <div
            role="list"
            aria-label={label}
            className="piece-grid"
            style={{ height: virtualizer.getTotalSize() }}
          >
            {virtualizer.getVirtualItems().map((row) => (
              <div
                role="none"
                key={row.key}
                data-index={row.index}
                ref={virtualizer.measureElement}
                className="piece-grid__row"
                style={{
                  transform: `translateY(${row.start}px)`,
                  gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
                }}
              >
                {cards.slice(row.index * columns, (row.index + 1) * columns).map((card, i) => (
                  <div
                    role="listitem"
                    key={card.id}
                    aria-posinset={row.index * columns + i + 1}
                    aria-setsize={cards.length}
                  >
                    <button type="button" className="piece-card" onClick={() => onOpen(card.id)}>
                      {card.thumb ? (
                        <img
                          className="piece-card__image"
                          src={card.thumb}
                          alt=""
                          draggable={false}
                          decoding="async"
                        />
                      ) : (
                        <span className="piece-card__image" aria-hidden="true" />
                      )}
                      <span className="piece-card__title">{card.title}</span>
                      <span className="piece-card__meta">{card.motifs}</span>
                      <span className="piece-card__meta">{card.year}</span>
                    </button>
                  </div>
                ))}
              </div>
            ))}
          </div>
        )}
      </div>
    </section>
  );
}
