import type { MediaRecord } from '../../electron/shared/collection-records';

/**
 * Media paths in records are relative to the collection root; `collection/` relative to the page
 * resolves under both `kiosk://app/` and `http://127.0.0.1:PORT/`.
 */
export function collectionUrl(path: string): string {
  return `collection/${path}`;
}

/** The smallest thumbnail at least `minSize` px on its long side, else the largest there is. */
export function thumbUrl(
  media: Pick<MediaRecord, 'thumbs' | 'display'> | undefined,
  minSize: number,
): string | undefined {
  if (!media) return undefined;
  // The compiler lists thumbnails smallest first.
  const thumb = media.thumbs.find((t) => t.size >= minSize) ?? media.thumbs.at(-1);
  const path = thumb ? thumb.src : media.display;
  return path ? collectionUrl(path) : undefined;
}

/**
 * The card crops as an `<img srcset>` (widths), for the browser to pick by the drawn width and the
 * screen's pixel density; undefined for media without them (a collection built before them).
 */
export function cardSrcSet(media: Pick<MediaRecord, 'cards'> | undefined): string | undefined {
  const cards = media?.cards;
  if (!cards || cards.length === 0) return undefined;
  return cards.map((c) => `${collectionUrl(c.src)} ${c.width}w`).join(', ');
}

/** The record's main image: the full view when there is one. */
export function mainMedia<M extends Pick<MediaRecord, 'view'>>(media: readonly M[]): M | undefined {
  return media.find((m) => m.view === 'full') ?? media[0];
}
