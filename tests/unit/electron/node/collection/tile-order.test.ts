import { describe, expect, it } from 'vitest';
import type { CompiledRecords } from '../../../../../electron/node/collection/compile';
import { nextTileBatch, orderPendingTiles } from '../../../../../electron/node/collection/tile-order';

const media = (id: string, view = 'full') => ({ id, view });
/** Only the fields the order reads; the rest of a record does not matter to it. */
function records(
  pieces: { id: string; group: string; media: { id: string; view: string }[] }[],
  motifs: { id: string; media: { id: string; view: string }[] }[],
  groups: [key: string, order: number][],
): CompiledRecords {
  return {
    pieces,
    motifs,
    terms: groups.map(([key, order]) => ({ id: `group:${key}`, vocab: 'group', key, order })),
    makers: [],
    places: [],
  } as unknown as CompiledRecords;
}
const pendingFor = (ids: string[]) => new Map(ids.map((id) => [id, { id, source: `/src/${id}.jpg` }]));

describe('the order deep-zoom tiles are made in', () => {
  it('puts home and attract imagery first, then the groups in the curator order, then motifs', () => {
    // 40 pieces: more than the attract loop's 18, so most pieces wait for their group's batch.
    const pieces = Array.from({ length: 40 }, (_, i) => {
      const id = `p${String(i).padStart(2, '0')}`;
      return {
        id,
        group: i < 20 ? 'pesisiran' : 'pedalaman',
        media: [media(`${id}-detail`, 'detail'), media(`${id}-full`)],
      };
    });
    const motifs = [{ id: 'm1', media: [media('m1-drawing', 'detail')] }];
    const all = [...pieces.flatMap((p) => p.media.map((m) => m.id)), 'm1-drawing'];
    const order = orderPendingTiles(
      records(pieces, motifs, [
        ['pedalaman', 0],
        ['pesisiran', 1],
      ]),
      pendingFor(all),
    );

    expect(order).toHaveLength(all.length);
    expect(new Set(order.map((o) => o.job.id)).size).toBe(all.length);
    const first = nextTileBatch(order);
    expect(first.every((o) => o.batch === 'first')).toBe(true);
    // Each group's first piece, main view before its detail; the motif from the attract loop too.
    expect(first.slice(0, 4).map((o) => o.job.id)).toEqual([
      'p00-full',
      'p00-detail',
      'p20-full',
      'p20-detail',
    ]);
    expect(first.map((o) => o.job.id)).toContain('m1-drawing');
    // 18 attract pieces spread over 40 (p00 and p20 among them) and the one motif: 2 x 18 + 1 images.
    expect(first).toHaveLength(37);
    const rest = order.slice(first.length);
    expect([...new Set(rest.map((o) => o.batch))]).toEqual(['group:pedalaman', 'group:pesisiran']);
    expect(nextTileBatch(rest).every((o) => o.batch === 'group:pedalaman')).toBe(true);
    // A large group is published in parts.
    expect(nextTileBatch(rest, 5).map((o) => o.batch)).toEqual(Array(5).fill('group:pedalaman'));
  });

  it('lists only images still waiting, and nothing when none is', () => {
    const pieces = [
      { id: 'a', group: 'g', media: [media('a-full')] },
      { id: 'b', group: 'g', media: [media('b-full')] },
    ];
    const order = orderPendingTiles(records(pieces, [], []), pendingFor(['b-full']));
    expect(order.map((o) => o.job.id)).toEqual(['b-full']);
    expect(orderPendingTiles(records(pieces, [], []), new Map())).toEqual([]);
    expect(nextTileBatch([])).toEqual([]);
  });

  it('places a group without a vocabulary term after the named groups', () => {
    const pieces = Array.from({ length: 30 }, (_, i) => ({
      id: `p${String(i).padStart(2, '0')}`,
      group: i % 2 ? 'unlisted' : 'listed',
      media: [media(`p${i}-full`)],
    }));
    const order = orderPendingTiles(
      records(pieces, [], [['listed', 0]]),
      pendingFor(pieces.map((p) => p.media[0]!.id)),
    );
    const batches = [...new Set(order.map((o) => o.batch))];
    expect(batches).toEqual(['first', 'group:listed', 'group:unlisted']);
  });
});
