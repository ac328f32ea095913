import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { KioskDb } from '../../../../renderer/db/kiosk-db';
import type { ChunkStateRow } from '../../../../renderer/db/meta-rows';
import { syncCollection } from '../../../../renderer/sync/engine';
import { RecordsInPlace } from '../../../../renderer/sync/records-in-place';
import { spyOn } from '../../support/db-spy';
import { compile, MemorySource, piece } from '../../support/memory-collection';

let db: KioskDb | undefined;
let n = 0;
afterEach(async () => {
  await db?.delete();
});

const row = (file: string, ids: string[], hashes?: string[]): ChunkStateRow => ({
  key: `chunk:a:${file}`,
  stateOf: 'a',
  file,
  kind: 'pieces',
  hash: file,
  ids,
  ...(hashes ? { hashes } : {}),
});

const six = () => ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'].map((id) => piece(id));

describe('records in place', () => {
  it('knows a record one row lists with its hash, and nothing listed twice or without hashes', () => {
    const inPlace = new RecordsInPlace([
      row('c1', ['p1', 'p2'], ['h1', 'h2']),
      row('c2', ['p2', 'p3'], ['h2', 'h3']),
      row('c3', ['p4'], undefined),
      row('c4', ['p5', 'p6'], ['h5']),
    ]);
    const listing = {
      ids: ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'],
      hashes: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
    };
    // p2: two rows list it (a sync cut short); p4, p5, p6: rows without (whole) hashes.
    expect(inPlace.missing('pieces', listing)).toEqual([1, 3, 4, 5]);
    expect(inPlace.missing('pieces', { ids: listing.ids })).toEqual([0, 1, 2, 3, 4, 5]);
    expect(inPlace.missing('motifs', listing)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(inPlace.missing('pieces', { ids: ['p1'], hashes: ['other'] })).toEqual([0]);
    inPlace.placed('pieces', { ids: ['p2'], hashes: ['h2b'] });
    expect(inPlace.missing('pieces', { ids: ['p2'], hashes: ['h2b'] })).toEqual([]);
  });

  it('a one-record change writes that record into each slot, not its whole chunk', async () => {
    db = new KioskDb(`records-in-place-${process.pid}-${n++}`);
    const spy = spyOn(db);
    const source = new MemorySource(compile({ pieces: six() }, 3));
    await syncCollection(db, source);
    spy.reset();
    const changed = six();
    changed[4] = piece('p5', 'A new title');
    source.current = compile({ pieces: changed }, 3);
    expect(await syncCollection(db, source)).toMatchObject({ kind: 'synced', slot: 'b', fetched: 1 });

    // The new live slot gets the fetched record, the levelled old slot a copy of it; nothing else.
    expect(spy.putKeys.pieces_b).toEqual(['p5']);
    expect(spy.putKeys.pieces_a).toEqual(['p5']);
    for (const slot of ['a', 'b'] as const) {
      const stored = await db.records('pieces', slot).toArray();
      expect(stored.map((p) => p.id).sort()).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
      expect(stored.find((p) => p.id === 'p5')).toEqual(changed[4]);
    }
  });

  it('writes whole chunks into a slot whose rows kept no record hashes', async () => {
    db = new KioskDb(`records-in-place-${process.pid}-${n++}`);
    const spy = spyOn(db);
    const source = new MemorySource(compile({ pieces: six() }, 3));
    await syncCollection(db, source);
    // Rows as a store written before record hashes were kept has them.
    const rows = (await db.meta.where('stateOf').anyOf('a', 'b').toArray()) as ChunkStateRow[];
    await db.meta.bulkPut(rows.map(({ hashes: _hashes, ...rest }) => rest));
    spy.reset();
    const changed = six();
    changed[4] = piece('p5', 'A new title');
    source.current = compile({ pieces: changed }, 3);
    await syncCollection(db, source);

    expect(spy.putKeys.pieces_b).toEqual(['p4', 'p5', 'p6']);
    expect((await db.records('pieces', 'b').get('p5'))?.title.id).toBe('A new title');
  });
});
