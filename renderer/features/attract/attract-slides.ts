import type { LangMap, MediaRecord } from '../../../electron/shared/collection-records';

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
  media: readonly MediaRecord[];
}

/** A loop of this many pictures is varied enough for hours; more would only hold more records. */
const MAX_SLIDES = 36;

/**
 * Picks the loop's pictures: pieces and motif drawings taken alternately, each list sampled evenly
 * from start to end (so a 10,000-piece collection shows its breadth, not its first accession
 * numbers), at most `max` in all. `url` turns a media record into the screen-sized image's URL.
 */
export function chooseSlides(
  pieces: readonly SlideSource[],
  motifs: readonly SlideSource[],
  text: (map: LangMap | undefined) => string,
  url: (media: MediaRecord) => string,
  max = MAX_SLIDES,
): AttractSlide[] {
  const withImage = (list: readonly SlideSource[]) => list.filter((source) => source.media.length > 0);
  const fromPieces = sample(withImage(pieces), Math.ceil(max / 2));
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

/** `count` items spread evenly over `list`, in order; the whole list when it is short enough. */
export function sample<T>(list: readonly T[], count: number): T[] {
  if (count <= 0) return [];
  if (list.length <= count) return [...list];
  const step = list.length / count;
  return Array.from({ length: count }, (_, i) => list[Math.floor(i * step)]!);
}
