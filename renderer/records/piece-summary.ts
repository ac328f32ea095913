import type { MediaRecord, PieceRecord } from '../../electron/shared/collection-records';
import { mainMedia } from '../ui/media-urls';

/**
 * What a list screen draws a piece's image with: a card's crops or thumbnail and its placeholder
 * colour, an attract slide's display image, their alt text. No regions, palette or credit: those
 * are the piece screen's, which reads the whole record.
 */
export type SummaryMedia = Pick<
  MediaRecord,
  'id' | 'view' | 'alt' | 'illustrative' | 'width' | 'height' | 'thumbs' | 'cards' | 'display' | 'placeholder'
>;

/**
 * The part of a piece the list screens (attract, home, search, browse and its facets and sorts) hold
 * for every piece of the collection, one per flip of the pointer. Whole records held for that were
 * 72 of the page's 87 MB at 10,000 pieces, 49 MB of it the media's alt texts, regions and palettes
 * and 12 MB descriptions and summaries no card shows (heap snapshot of the UI bench, 2026-12-05); a
 * scroll's full garbage collection marks all of it, and the longest scroll task was one such
 * collection (issue 12). A whole `PieceRecord` is a `PieceSummary` too, so a card drawn from a
 * record the piece screen read (its related pieces) takes the same path.
 */
export type PieceSummary = Pick<
  PieceRecord,
  | 'id'
  | 'accession'
  | 'objectType'
  | 'group'
  | 'title'
  | 'motifIds'
  | 'techniques'
  | 'dyes'
  | 'colours'
  | 'fabric'
  | 'production'
  | 'display'
> & {
  /** The main image only (the full view, else the first), or none. */
  media: readonly SummaryMedia[];
};

/** The list screens' part of `piece`; shares no object with it that holds anything heavy. */
export function pieceSummary(piece: PieceRecord): PieceSummary {
  const summary: PieceSummary = {
    id: piece.id,
    accession: piece.accession,
    objectType: piece.objectType,
    group: piece.group,
    title: piece.title,
    motifIds: piece.motifIds,
    techniques: piece.techniques,
    dyes: piece.dyes,
    colours: piece.colours,
    production: piece.production,
    display: piece.display,
    media: mainMediaOnly(piece.media),
  };
  if (piece.fabric !== undefined) summary.fabric = piece.fabric;
  return summary;
}

function mainMediaOnly(media: readonly MediaRecord[]): SummaryMedia[] {
  const main = mainMedia(media);
  if (!main) return [];
  const { id, view, alt, illustrative, width, height, thumbs, cards, display, placeholder } = main;
  const slim: SummaryMedia = { id, view, alt, illustrative, width, height, thumbs, display };
  if (cards !== undefined) slim.cards = cards;
  if (placeholder !== undefined) slim.placeholder = placeholder;
  return [slim];
}
