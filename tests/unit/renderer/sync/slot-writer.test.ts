import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { KioskDb } from '../../../../renderer/db/kiosk-db';
import { chunkStateKey, type ChunkStateRow } from '../../../../renderer/db/meta-rows';
import { RECORDS_PER_REQUEST, readRecords, writeChunk } from '../../../../renderer/sync/slot-writer';
import { spyOn } from '../../support/db-spy';
import { piece } from '../../support/memory-collection';

let db: KioskDb | undefined;
afterEach(async () => {
  await db?.delete();
});

describe('writing and reading a chunk', () => {
  it('puts a large chunk in several requests of one transaction, and reads it back the same way', async () => {
    db = new KioskDb(`slot-writer-${process.pid}`);
    const spy = spyOn(db);
    const records = Array.from({ length: RECORDS_PER_REQUEST * 2 + 50 }, (_, i) => piece(`p${i}`));
    const ref = { kind: 'pieces' as const, file: 'chunks/pieces-1.json', hash: 'h1', count: records.length };
    await writeChunk(db, 'a', ref, records);

    expect(spy.writes.filter((w) => w === 'put:pieces_a')).toHaveLength(3);
    expect(spy.transactions.filter((t) => t.mode === 'readwrite')).toEqual([
      { stores: ['pieces_a', 'meta'], mode: 'readwrite' },
    ]);

    const row = (await db.meta.get(chunkStateKey('a', ref.file))) as ChunkStateRow;
    spy.reset();
    const back = await readRecords(db, row.kind, row.stateOf, row.ids);
    expect(back?.map((r) => r.id)).toEqual(records.map((r) => r.id));
    expect(spy.reads.filter((r) => r === 'getMany:pieces_a')).toHaveLength(3);
  });
});
