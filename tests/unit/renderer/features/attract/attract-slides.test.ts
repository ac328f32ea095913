import { describe, expect, it } from 'vitest';
import type { MediaRecord } from '../../../../../electron/shared/collection-records';
import { chooseSlides, type SlideSource } from '../../../../../renderer/features/attract/attract-slides';
import type { SummaryMedia } from '../../../../../renderer/records/piece-summary';

const media = (id: string): MediaRecord => ({
  id,
  view: 'full',
  alt: { id: `alt ${id}` },
  illustrative: true,
  width: 10,
  height: 10,
  thumbs: [],
  display: `media/${id}.webp`,
  palette: [],
});

const source = (id: string, withImage = true): SlideSource => ({
  id,
  name: { id: `nama ${id}`, en: `name ${id}` },
  media: withImage ? [media(id)] : [],
});

describe('attract slides', () => {
  const text = (map: Record<string, string> | undefined) => map?.en ?? map?.id ?? '';
  const url = (m: SummaryMedia) => `collection/${m.display}`;

  it('alternates pieces and motifs, skipping records without images', () => {
    const slides = chooseSlides([source('p1'), source('p2', false), source('p3')], [source('m1')], text, url);
    expect(slides.map((s) => s.key)).toEqual(['piece:p1', 'motif:m1', 'piece:p3']);
    expect(slides[0]).toEqual({
      key: 'piece:p1',
      src: 'collection/media/p1.webp',
      alt: 'alt p1',
      name: 'name p1',
    });
  });
  it('samples a large collection evenly and caps the loop', () => {
    const pieces = Array.from({ length: 10_000 }, (_, i) => source(`p${i}`));
    const slides = chooseSlides(pieces, [], text, url, 10);
    expect(slides).toHaveLength(5);
    expect(slides.map((s) => s.key)).toEqual([
      'piece:p0',
      'piece:p2000',
      'piece:p4000',
      'piece:p6000',
      'piece:p8000',
    ]);
  });
});
