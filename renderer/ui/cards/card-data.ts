import { thumbHashToAverageRGBA } from 'thumbhash';
import type { LangMap, MotifRecord, TermRecord } from '../../../electron/shared/collection-records';
import { cardSrcSet, mainMedia, thumbUrl } from '../media-urls';
import { dateText } from '../../records/piece-record-view';
import type { PieceSummary } from '../../records/piece-summary';

/** Thumbnails of about this long side fill a card on a 1080p screen (when there are no crops). */
const CARD_THUMB_PX = 400;

/**
 * The width a card's picture is drawn at, for `<img sizes>`, where the screen does not say it
 * exactly (the browse grid does): grids of cards are 240-500 px a column.
 */
export const CARD_PICTURE_SIZES = '400px';

/** The same for a small card, which cards.css makes 220 px wide. */
export const SMALL_CARD_PICTURE_SIZES = '220px';

/** What a piece card shows, already in the visitor's language; built by `pieceCardData`. */
export interface PieceCardData {
  id: string;
  /** The title, else the accession number: a card is never blank. */
  title: string;
  /** The piece's motif names, comma-separated ('' when it has none). */
  motifs: string;
  date: string;
  /** The label of the museum group it belongs to. */
  group: string;
  thumb?: string;
  /** The card crops (`<img srcset>`), when the collection has them; `thumb` is then the fallback. */
  srcSet?: string;
  /** Alt text of the thumbnail, from the media record. */
  alt: string;
  /** The ThumbHash's average colour (CSS), painted under the thumbnail until it arrives. */
  placeholder?: string;
  /** Why a search found it ("found in: description"), when that is not obvious from the title. */
  note?: string;
}

/** What a motif card shows, already in the visitor's language; built by `motifCardData`. */
export interface MotifCardData {
  id: string;
  name: string;
  /** The label of its motif family. */
  family: string;
  thumb?: string;
  /** As a piece card's. */
  srcSet?: string;
  restricted: boolean;
  /** How many pieces carry it (the card words it, "12 kain"); omitted where counts are not known. */
  pieceCount?: number;
}

/** Records and text picking the cards are built with; a new context means new cards. */
export interface CardContext {
  motifs: ReadonlyMap<string, MotifRecord>;
  terms: ReadonlyMap<string, TermRecord>;
  text: (map: LangMap | undefined) => string;
}

/**
 * The average colour of a base64 ThumbHash, as CSS. Cards are built while the grid scrolls, and
 * decoding each hash into a blurred PNG data URL there cost long tasks (the UI bench profile: about
 * a third of the scroll handler's time at 10,000 pieces); the average colour is a few arithmetic
 * steps and still shows the cloth's tone at once. A damaged hash gives no placeholder, not a crash.
 */
export function placeholderColour(base64: string | undefined): string | undefined {
  if (!base64) return undefined;
  try {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const { r, g, b } = thumbHashToAverageRGBA(bytes);
    const channel = (value: number) => Math.round(Math.min(1, Math.max(0, value)) * 255);
    return `rgb(${channel(r)}, ${channel(g)}, ${channel(b)})`;
  } catch {
    return undefined;
  }
}

/** A piece card from its record (a search adds its `note` where it shows the card). */
export function pieceCardData(piece: PieceSummary, context: CardContext): PieceCardData {
  const { motifs, terms, text } = context;
  const media = mainMedia(piece.media);
  return {
    id: piece.id,
    title: text(piece.title) || piece.accession,
    motifs: piece.motifIds.map((id) => text(motifs.get(id)?.name) || id).join(', '),
    date: dateText(piece, { text }),
    group: text(terms.get(`group:${piece.group}`)?.label) || piece.group,
    thumb: thumbUrl(media, CARD_THUMB_PX),
    srcSet: cardSrcSet(media),
    alt: text(media?.alt),
    placeholder: placeholderColour(media?.placeholder),
  };
}

/** A motif card from its record; `pieceCount` is how many pieces carry it, if shown. */
export function motifCardData(
  motif: MotifRecord,
  context: Pick<CardContext, 'terms' | 'text'>,
  pieceCount?: number,
): MotifCardData {
  const { terms, text } = context;
  return {
    id: motif.id,
    name: text(motif.name) || motif.id,
    family: text(terms.get(`family:${motif.family}`)?.label) || motif.family,
    thumb: thumbUrl(mainMedia(motif.media), CARD_THUMB_PX),
    srcSet: cardSrcSet(mainMedia(motif.media)),
    restricted: motif.larangan.restricted,
    ...(pieceCount !== undefined && { pieceCount }),
  };
}

/**
 * Cards kept per context: several times what the browse grid holds at once even on a wide screen
 * (a 4K screen at 100%: eleven columns, eight rows with those kept ready above and below).
 */
const CARD_CACHE_SIZE = 600;

/**
 * Piece cards built on demand and kept per context: only the cards a visitor scrolls past are ever
 * built, and a card keeps its identity while the context holds, so memoised cards skip re-rendering
 * when a facet tap changes the list around them. The cards used least recently are let go past
 * `limit`: kept all, a scroll through 10,000 pieces left 10,000 cards on the page for every full
 * garbage collection to mark (issue 12); one let go is built again if it comes back into view.
 */
export function createCardCache(
  pieces: ReadonlyMap<string, PieceSummary>,
  context: CardContext,
  limit = CARD_CACHE_SIZE,
): (id: string) => PieceCardData | undefined {
  // A Map iterates in insertion order: taking a card out and putting it back makes it the newest.
  const built = new Map<string, PieceCardData>();
  return (id) => {
    let card = built.get(id);
    if (card) {
      built.delete(id);
    } else {
      const piece = pieces.get(id);
      if (!piece) return undefined;
      card = pieceCardData(piece, context);
      if (built.size >= limit) built.delete(built.keys().next().value!);
    }
    built.set(id, card);
    return card;
  };
}
