import { describe, expect, it } from 'vitest';
import type { MediaRecord } from '../../../../electron/shared/collection-records';
import { cardSrcSet, mainMedia, thumbUrl } from '../../../../renderer/ui/media-urls';

describe('media URLs', () => {
  const media = (view: MediaRecord['view'], thumbs: MediaRecord['thumbs']): MediaRecord => ({
    id: view,
    view,
    alt: { id: '' },
    illustrative: true,
    width: 100,
    height: 100,
    thumbs,
    display: `media/${view}-display.webp`,
    palette: [],
  });
  it('picks the smallest thumbnail that is large enough, else the largest', () => {
    const m = media('full', [
      { size: 256, src: 'a.webp' },
      { size: 512, src: 'b.webp' },
      { size: 1024, src: 'c.webp' },
    ]);
    expect(thumbUrl(m, 400)).toBe('collection/b.webp');
    expect(thumbUrl(m, 2000)).toBe('collection/c.webp');
    expect(thumbUrl(media('full', []), 400)).toBe('collection/media/full-display.webp');
  });
  it('offers the card crops by width for the browser to choose from, and none for media without', () => {
    const m: MediaRecord = {
      ...media('full', []),
      cards: [
        { width: 336, src: 'media/a-card-336.jpg' },
        { width: 672, src: 'media/a-card-672.jpg' },
      ],
    };
    expect(cardSrcSet(m)).toBe('collection/media/a-card-336.jpg 336w, collection/media/a-card-672.jpg 672w');
    expect(cardSrcSet(media('full', []))).toBeUndefined();
    expect(cardSrcSet({ cards: [] })).toBeUndefined();
    expect(cardSrcSet(undefined)).toBeUndefined();
  });
  it('prefers the full view as the main image', () => {
    expect(mainMedia([media('detail', []), media('full', [])])?.view).toBe('full');
    expect(mainMedia([media('detail', [])])?.view).toBe('detail');
    expect(mainMedia([])).toBeUndefined();
  });
});
