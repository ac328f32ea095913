import { thumbHashToAverageRGBA } from 'thumbhash';
import type {
  LangMap,
  MotifRecord,
  PieceRecord,
  TermRecord,
} from '../../../electron/shared/collection-records';
import { mainMedia, thumbUrl } from '../../ui/media-urls';

/** Thumbnails of about this long side fill a browse card on a 1080p screen. */
const CARD_THUMB_PX = 400;

/** What one browse card shows, already in the visitor's language. */
export interface BrowseCardData {
  id: string;
  title: string;
  motifs: string;
  date: string;
  group: string;
  thumb?: string;
  /** Alt text of the thumbnail, from the media record. */
  alt: string;
  /** The ThumbHash's average colour (CSS), painted under the thumbnail until it arrives. */
  placeholder?: string;
}

/** Labels and text picking the cards are built with; a new set means new cards. */
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

/** The piece's date as the curator wrote it, else its earliest year, else nothing. */
function dateText(piece: PieceRecord, text: CardContext['text']): string {
  const { display, earliest, latest } = piece.production.date;
  return text(display) || String(earliest ?? latest ?? '');
}

export function toCardData(piece: PieceRecord, context: CardContext): BrowseCardData {
  const { motifs, terms, text } = context;
  const media = mainMedia(piece.media);
  return {
    id: piece.id,
    title: text(piece.title),
    motifs: piece.motifIds.map((id) => text(motifs.get(id)?.name) || id).join(', '),
    date: dateText(piece, text),
    group: text(terms.get(`group:${piece.group}`)?.label) || piece.group,
    thumb: thumbUrl(media, CARD_THUMB_PX),
    alt: text(media?.alt),
    placeholder: placeholderColour(media?.placeholder),
  };
}

/**
 * Card data built on demand and kept per context: only the cards a visitor scrolls past are ever
 * built, and a card keeps its identity while the context holds, so memoised cards skip re-rendering
 * when a facet tap changes the list around them.
 */
export function createCardCache(
  pieces: ReadonlyMap<string, PieceRecord>,
  context: CardContext,
): (id: string) => BrowseCardData | undefined {
  const built = new Map<string, BrowseCardData>();
  return (id) => {
    let card = built.get(id);
    if (!card) {
      const piece = pieces.get(id);
      if (!piece) return undefined;
      card = toCardData(piece, context);
      built.set(id, card);
    }
    return card;
  };
}
