import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { KioskDb } from '../../../../renderer/db/kiosk-db';
import { chunkStateKey, type ChunkStateRow } from '../../../../renderer/db/meta-rows';
import { loadSlot } from '../../../../renderer/sync/load-slot';
import { slotProblem } from '../../../../renderer/sync/verify-slot';
import { spyOn } from '../../support/db-spy';
import { compile, MemorySource, piece } from '../../support/memory-collection';

let db: KioskDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

const six = () => ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'].map((id) => piece(id));

describe('loadSlot (bringing one slot to a manifest)', () => {
  it("copies what the other slot holds, reading that slot's rows only for the chunks it copies", async () => {
    db = new KioskDb(`load-slot-${process.pid}-copy`);
    const spy = spyOn(db);
    const source = new MemorySource(compile({ pieces: six() }));
    const { manifest } = compile({ pieces: six() });
    await loadSlot(db, source, 'a', manifest, { allowCopy: false, phase: 'load' });
    source.fetchedChunks = [];
    spy.reset();

    const stats = await loadSlot(db, source, 'b', manifest, { allowCopy: true, phase: 'load' });
    expect(stats).toMatchObject({ fetched: 0, copied: 3 });
    expect(source.fetchedChunks).toEqual([]);
    // Slot a's rows were each read by key, once, for the copy; never listed whole.
    expect(spy.getKeys.meta).toEqual(manifest.chunks.map((ref) => chunkStateKey('a', ref.file)));
    expect(await slotProblem(db, 'b', manifest)).toBeUndefined();
  });

  it("fetches a chunk when the other slot's row of that file is not the manifest's chunk", async () => {
    db = new KioskDb(`load-slot-${process.pid}-mismatch`);
    const source = new MemorySource(compile({ pieces: six() }));
    const { manifest } = compile({ pieces: six() });
    await loadSlot(db, source, 'a', manifest, { allowCopy: false, phase: 'load' });
    // Slot a's row for the second chunk lists a record fewer than the manifest's chunk holds.
    const [, second] = manifest.chunks;
    const key = chunkStateKey('a', second!.file);
    const row = (await db.meta.get(key)) as ChunkStateRow;
    await db.meta.put({ ...row, ids: row.ids.slice(1) });
    source.fetchedChunks = [];

    const stats = await loadSlot(db, source, 'b', manifest, { allowCopy: true, phase: 'load' });
    expect(stats).toMatchObject({ fetched: 1, copied: 2 });
    expect(source.fetchedChunks).toEqual([second!.file]);
    expect(await slotProblem(db, 'b', manifest)).toBeUndefined();
  });

  it('finds a slot lacking a chunk, or holding one the manifest does not list', async () => {
    db = new KioskDb(`load-slot-${process.pid}-verify`);
    const source = new MemorySource(compile({ pieces: six() }));
    const { manifest } = compile({ pieces: six() });
    await loadSlot(db, source, 'a', manifest, { allowCopy: false, phase: 'load' });
    const [first] = manifest.chunks;
    const other = compile({ pieces: [...six(), piece('p7')] }).manifest;
    expect(await slotProblem(db, 'a', other)).toMatch(/^slot a holds 3 chunks, the manifest lists 4$/);
    const renamed = {
      ...manifest,
      chunks: [{ ...first!, file: 'chunks/pieces-other.json' }, ...manifest.chunks.slice(1)],
    };
    expect(await slotProblem(db, 'a', renamed)).toBe('slot a lacks chunk chunks/pieces-other.json');
  });
});
