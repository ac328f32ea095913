import { describe, expect, it } from 'vitest';
import type { MediaRecord } from '../../../../electron/shared/collection-records';
import { ownPictures, writeBenchCollection } from '../../../bench/ui/bench-collection';

const media = (name: string): MediaRecord => ({
  id: name,
  view: 'full',
  alt: { id: name },
  illustrative: true,
  width: 3000,
  height: 1250,
  thumbs: [
    { size: 256, src: `media/${name}-256.jpg` },
    { size: 512, src: `media/${name}-512.jpg` },
  ],
  cards: [{ width: 336, src: `media/${name}-card-336.jpg` }],
  display: `media/${name}-1600.webp`,
  tiles: `media/${name}.dzi`,
  palette: [],
});

describe('ownPictures', () => {
  it("names each picture's thumbnails apart and links them to the sample's files", () => {
    const links = new Map<string, string>();
    const [first] = ownPictures([media('a')], 0, links);
    const [again] = ownPictures([media('a')], 70, links);
    expect(first!.thumbs.map((t) => t.src)).toEqual(['media/u0-a-256.jpg', 'media/u0-a-512.jpg']);
    expect(first!.cards!.map((c) => c.src)).toEqual(['media/u0-a-card-336.jpg']);
    // The same sample picture as picture 70 is another address: the browser decodes it again.
    expect(again!.thumbs.map((t) => t.src)).toEqual(['media/u70-a-256.jpg', 'media/u70-a-512.jpg']);
    expect([...links]).toEqual([
      ['media/u0-a-256.jpg', 'media/a-256.jpg'],
      ['media/u0-a-512.jpg', 'media/a-512.jpg'],
      ['media/u0-a-card-336.jpg', 'media/a-card-336.jpg'],
      ['media/u70-a-256.jpg', 'media/a-256.jpg'],
      ['media/u70-a-512.jpg', 'media/a-512.jpg'],
      ['media/u70-a-card-336.jpg', 'media/a-card-336.jpg'],
    ]);
  });

  it('keeps the sizes, the display image and the tiles as they were', () => {
    const [own] = ownPictures([media('b')], 3, new Map());
    expect(own!.thumbs.map((t) => t.size)).toEqual([256, 512]);
    expect(own!.cards!.map((c) => c.width)).toEqual([336]);
    expect(own!.display).toBe('media/b-1600.webp');
    expect(own!.tiles).toBe('media/b.dzi');
  });

  it('leaves media without card crops (a collection built before them) without', () => {
    const old: MediaRecord = { ...media('c') };
    delete old.cards;
    const [own] = ownPictures([old], 1, new Map());
    expect(own).not.toHaveProperty('cards');
  });
});

describe('writeBenchCollection', () => {
  it('refuses a count of pictures that is not a whole number of at least 1, before writing anything', async () => {
    for (const pictures of [0, Number.NaN, 1.5])
      await expect(writeBenchCollection('/nonexistent/never-written', 10, pictures)).rejects.toThrow(
        /--pictures: a whole number of at least 1/,
      );
  });
});
