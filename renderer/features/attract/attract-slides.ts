import type { LangMap } from '../../../electron/shared/collection-records';
import type { SummaryMedia } from '../../records/piece-summary';
import { attractPieceCount, MAX_ATTRACT_SLIDES, sample } from '../../../electron/shared/attract-choice';

/** One picture of the attract loop. */
export interface AttractSlide {
  key: string;
  src: string;
  alt: string;
  /** The piece's title or the motif's name, shown over the picture. */
  name: string;
}

/** What the loop needs of a piece or a motif. */
export interface SlideSource {
  id: string;
  name: LangMap;
  media: readonly SummaryMedia[];
}

/**
 * Picks the loop's pictures: pieces and motif drawings taken alternately, each list sampled evenly
 * from start to end (so a 10,000-piece collection shows its breadth, not its first accession
 * numbers), at most `max` in all. `url` turns a media record into the screen-sized image's URL.
 */
export function chooseSlides(
  pieces: readonly SlideSource[],
  motifs: readonly SlideSource[],
  text: (map: LangMap | undefined) => string,
  url: (media: SummaryMedia) => string,
  max = MAX_ATTRACT_SLIDES,
): AttractSlide[] {
  const withImage = (list: readonly SlideSource[]) => list.filter((source) => source.media.length > 0);
  const fromPieces = sample(withImage(pieces), attractPieceCount(max));
  const fromMotifs = sample(withImage(motifs), max - fromPieces.length);
  const slides: AttractSlide[] = [];
  for (let i = 0; i < Math.max(fromPieces.length, fromMotifs.length); i++) {
    for (const [kind, source] of [
      ['piece', fromPieces[i]],
      ['motif', fromMotifs[i]],
    ] as const) {
      if (!source) continue;
      const media = source.media.find((m) => m.view === 'full') ?? source.media[0]!;
      slides.push({
        key: `${kind}:${source.id}`,
        src: url(media),
        alt: text(media.alt),
        name: text(source.name),
      });
    }
  }
  return slides.slice(0, max);
}
