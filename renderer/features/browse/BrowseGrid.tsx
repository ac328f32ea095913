import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { PieceCardData } from '../../ui/cards/card-data';
import { PieceCard } from '../../ui/cards/PieceCard';
import { createFlingSpeed, SETTLE_MS } from './fling-speed';
import { cardWidthFor, columnsFor, ROW_ESTIMATE_PX } from './grid-geometry';
import { recallRowHeight, rememberRowHeight } from './row-height';
import { createRowSlots } from './row-slots';

export interface BrowseGridProps {
  ids: readonly string[];
  cardFor: (id: string) => PieceCardData | undefined;
  onOpen: (id: string) => void;
  /** Scroll offset to start at: where the visitor left the grid before opening a piece. */
  initialOffset: number;
  onScrollOffset: (offset: number) => void;
  /** Changes whenever the list is filtered or sorted anew: the grid then goes back to the top. */
  resetKey: string;
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

/** Whether the grid is being flung too fast for its pictures to be seen (fling-speed.ts). */
function useFlinging(ref: RefObject<HTMLElement | null>): boolean {
  const [flinging, setFlinging] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const speed = createFlingSpeed();
    let settle: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      // The scroll position was just read by the virtualiser's own handler: no layout is forced.
      setFlinging(speed.scrolled(performance.now(), element.scrollTop, element.clientHeight));
      clearTimeout(settle);
      settle = setTimeout(() => {
        speed.settled();
        setFlinging(false);
      }, SETTLE_MS);
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      element.removeEventListener('scroll', onScroll);
      clearTimeout(settle);
    };
  }, [ref]);
  return flinging;
}

/**
 * The virtualised grid: only rows near the viewport are in the DOM, so ten thousand pieces cost
 * what a screenful does. Each card still announces its place in the whole list. The rows wait for
 * the scroller's width: with the real column count from the start, the restored offset lands on
 * the same cards the visitor left.
 */
export function BrowseGrid(props: BrowseGridProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const width = useWidth(scrollRef);
  const columns = columnsFor(width);
  const { onScrollOffset } = props;
  return (
    <div
      className="browse-grid-scroller"
      ref={scrollRef}
      // Saved once a scroll (or fling) settles, not on every frame of it.
      onScrollEnd={(event) => onScrollOffset(event.currentTarget.scrollTop)}
    >
      {width > 0 && (
        <GridRows
          {...props}
          scrollRef={scrollRef}
          columns={columns}
          pictureSizes={`${cardWidthFor(width, columns)}px`}
        />
      )}
    </div>
  );
}

interface GridRowsProps extends BrowseGridProps {
  scrollRef: RefObject<HTMLDivElement | null>;
  columns: number;
  /** The cards' `<img sizes>`: their drawn width. */
  pictureSizes: string;
}

function GridRows(props: GridRowsProps) {
  const { ids, cardFor, onOpen, initialOffset, resetKey, scrollRef, columns, pictureSizes } = props;
  const { t } = useTranslation();
  const [rowHeight, setRowHeight] = useState(() => recallRowHeight(ROW_ESTIMATE_PX));
  const virtualizer = useVirtualizer({
    count: Math.ceil(ids.length / columns),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 2,
    initialOffset,
    // The rows a scroll brings in are rendered in a task of their own, not inside the scroll
    // event: Chromium dispatches that event in the frame's own task, so a synchronous render made
    // each frame that brought a row one task, often a long one (React, then style, layout and
    // paint). The overscan rows are already there for the one frame this takes.
    useFlushSync: false,
  });
  const rows = virtualizer.getVirtualItems();
  // A row that comes in during a fling shows its pieces' tints until the grid slows or stops; a
  // row that has its pictures keeps them. Recomputed from the last render's set, so it is the same
  // however often React renders.
  const flinging = useFlinging(scrollRef);
  const pictured = useRef(new Set<number>());
  pictured.current = new Set(
    rows.filter((row) => !flinging || pictured.current.has(row.index)).map((row) => row.index),
  );
  // Rows are keyed by the slot they are drawn in (row-slots.ts): one scrolling out hands its
  // elements to the one scrolling in, so scrolling updates text and pictures in place instead of
  // creating and dropping a row's elements each time. The row holding keyboard focus is never
  // handed on (it is dropped as before, focus with it): read from the DOM as the rows are
  // rendered, which is safe to repeat because a row that stays keeps its slot.
  const [rowSlots] = useState(createRowSlots);
  const rowElements = useRef(new Map<number, HTMLDivElement>());
  const slots = rowSlots.assign(
    rows.map((row) => row.index),
    (slot) => !rowElements.current.get(slot)?.contains(document.activeElement),
  );

  // Every row has the same height, so watching one (whichever is first on screen) is enough; it
  // changes with the column width and the large-text mode.
  const probe = useRef<HTMLDivElement>(null);
  const probeIndex = rows[0]?.index;
  useLayoutEffect(() => {
    const row = probe.current;
    if (!row) return;
    const observer = new ResizeObserver(() => {
      if (row.offsetHeight === 0) return;
      rememberRowHeight(row.offsetHeight);
      setRowHeight(row.offsetHeight);
    });
    observer.observe(row);
    return () => observer.disconnect();
  }, [probeIndex]);
  useLayoutEffect(() => virtualizer.measure(), [rowHeight, virtualizer]);

  // A new filter or sort starts at the top; the first run is the restored place, kept as it is.
  const shownKey = useRef(resetKey);
  useEffect(() => {
    if (shownKey.current === resetKey) return;
    shownKey.current = resetKey;
    virtualizer.scrollToOffset(0);
  }, [resetKey, virtualizer]);

  return (
    <div
      role="list"
      aria-label={t('browse.gridLabel')}
      className="browse-grid"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {rows.map((row) => {
        const slot = slots.get(row.index)!;
        return (
          <div
            role="none"
            key={slot}
            ref={(element) => {
              if (row.index === probeIndex) probe.current = element;
              if (element) rowElements.current.set(slot, element);
              else rowElements.current.delete(slot);
            }}
            className="browse-grid__row"
            style={{
              transform: `translateY(${row.start}px)`,
              gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
            }}
          >
            {ids.slice(row.index * columns, (row.index + 1) * columns).map((id, i) => {
              const card = cardFor(id);
              return (
                <div
                  role="listitem"
                  // By place in the row: a reused row updates its cards in place (see above).
                  key={i}
                  aria-posinset={row.index * columns + i + 1}
                  aria-setsize={ids.length}
                >
                  {card && (
                    <PieceCard
                      card={card}
                      variant="even"
                      onOpen={onOpen}
                      sizes={pictureSizes}
                      loading="eager"
                      pictureWaits={!pictured.current.has(row.index)}
                    />
                  )}
                </div>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}
