import { describe, expect, it } from 'vitest';
import { createSearchIndex, createSearchIndexBuilder } from '../../../../../electron/shared/search';
import { generateCollection } from '../../../../bench/store/generate-collection';
import { searchFixture } from '../../../../fixtures/search/search-fixture';

const counts = (input: typeof searchFixture) => ({
  pieces: input.pieces.length,
  motifs: input.motifs.length,
  terms: input.terms.length,
  makers: input.makers.length,
  places: input.places.length,
});

/** Chunks of `size`, as a compiled collection cuts them. */
function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

describe('createSearchIndexBuilder (records chunk by chunk, as a sync fetches them)', () => {
  // Large enough for collection stop words (they start at 1,000 documents).
  const big = generateCollection(1200, 30);

  it('ends with the very index createSearchIndex builds, in manifest order', () => {
    for (const input of [searchFixture, big]) {
      const builder = createSearchIndexBuilder(input, counts(input));
      for (const kind of ['terms', 'places', 'makers', 'motifs', 'pieces'] as const) {
        for (const part of chunks<unknown>(input[kind], 7)) builder.add(kind, part as never[]);
      }
      expect(builder.finish().toJSON()).toBe(createSearchIndex(input).toJSON());
    }
  });

  it('serialises without loading the details part, to the same text (finishJson)', () => {
    for (const input of [searchFixture, big]) {
      const builder = createSearchIndexBuilder(input, counts(input));
      for (const kind of ['terms', 'places', 'makers', 'motifs', 'pieces'] as const) {
        for (const part of chunks<unknown>(input[kind], 500)) builder.add(kind, part as never[]);
      }
      expect(builder.finishJson()).toBe(createSearchIndex(input).toJSON());
    }
  });

  it('holds pieces back until the kinds they refer to are complete', () => {
    const builder = createSearchIndexBuilder(searchFixture, counts(searchFixture));
    builder.add('pieces', searchFixture.pieces);
    for (const kind of ['motifs', 'terms', 'makers', 'places'] as const)
      builder.add(kind, searchFixture[kind] as never[]);
    expect(builder.finish().toJSON()).toBe(createSearchIndex(searchFixture).toJSON());
  });

  it('refuses a motif that arrives after pieces were indexed with the motifs known then', () => {
    const [first, ...rest] = searchFixture.motifs;
    const builder = createSearchIndexBuilder(searchFixture, {
      ...counts(searchFixture),
      motifs: rest.length,
    });
    builder.add('terms', searchFixture.terms);
    builder.add('makers', searchFixture.makers);
    builder.add('places', searchFixture.places);
    builder.add('motifs', rest);
    builder.add('pieces', searchFixture.pieces.slice(0, 2));
    expect(() => builder.add('motifs', [first!])).toThrow(/motifs added after the pieces were started/);
  });
});
