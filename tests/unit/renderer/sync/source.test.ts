import { describe, expect, it } from 'vitest';
import { chunkHash } from '../../../../renderer/sync/chunk-digest';
import { createHttpSource, fetchedBytesOf } from '../../../../renderer/sync/source';
import { piece } from '../../support/memory-collection';

describe('createHttpSource chunks', () => {
  it('keeps the verified bytes each chunk was parsed from, for the search worker', async () => {
    const text = JSON.stringify([piece('p1', 'Kain Jlamprang'), piece('p2')]);
    const bytes = new TextEncoder().encode(text);
    const hash = (await chunkHash(bytes.buffer))!;
    const source = createHttpSource('http://kiosk.test/collection/', async () => new Response(text));
    const records = await source.chunk({ kind: 'pieces', file: 'chunks/pieces-x.json', hash, count: 2 });

    expect(records).toHaveLength(2);
    expect(new TextDecoder().decode(fetchedBytesOf(records))).toBe(text);
    // Records that did not come from a fetch (copied from the other slot, or built in memory) have none.
    expect(fetchedBytesOf([...records])).toBeUndefined();
  });
});
