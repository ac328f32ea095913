import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { KioskDb } from '../../../../renderer/db/kiosk-db';
import { chunkStateKey, type ChunkStateRow } from '../../../../renderer/db/meta-rows';
import { loadSlot } from '../../../../renderer/sync/load-slot';
import { slotProblem } from '../../../../renderer/sync/verify-slot';
import { spyOn, type DbSpy } from '../../support/db-spy';
import { compile, MemorySource, piece } from '../../support/memory-collection';

/** The test's database, deleted after it. */
let opened: KioskDb | undefined;
afterEach(async () => {
  await opened?.delete();
  opened = undefined;
});

const six = () => ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'].map((id) => piece(id));

/**
 * A fresh database whose slot a holds six pieces in three chunks, the source they came from (its
 * fetch record cleared) and their manifest; `beforeOpen` may install middleware on the database.
 */
async function slotALoaded(name: string, beforeOpen?: (fresh: KioskDb) => void) {
  const fresh = new KioskDb(`load-slot-${process.pid}-${name}`);
  opened = fresh;
  beforeOpen?.(fresh);
  const collection = compile({ pieces: six() });
  const source = new MemorySource(collection);
  await loadSlot(fresh, source, 'a', collection.manifest, { allowCopy: false, phase: 'load' });
  source.fetchedChunks = [];
  return { db: fresh, source, manifest: collection.manifest };
}

describe('loadSlot (bringing one slot to a manifest)', () => {
  it("copies what the other slot holds, reading that slot's rows only for the chunks it copies", async () => {
    let spy: DbSpy | undefined;
    const { db, source, manifest } = await slotALoaded('copy', (fresh) => (spy = spyOn(fresh)));
    spy!.reset();

    const stats = await loadSlot(db, source, 'b', manifest, { allowCopy: true, phase: 'load' });
    expect(stats).toMatchObject({ fetched: 0, copied: 3 });
    expect(source.fetchedChunks).toEqual([]);
    // Slot a's rows were each read by key, once, for the copy; never listed whole.
    expect(spy!.getKeys.meta).toEqual(manifest.chunks.map((ref) => chunkStateKey('a', ref.file)));
    expect(await slotProblem(db, 'b', manifest)).toBeUndefined();
  });

  it("fetches a chunk when the other slot's row of that file is not the manifest's chunk", async () => {
    const { db, source, manifest } = await slotALoaded('mismatch');
    // Slot a's row for the second chunk lists a record fewer than the manifest's chunk holds.
    const [, second] = manifest.chunks;
    const key = chunkStateKey('a', second!.file);
    const row = (await db.meta.get(key)) as ChunkStateRow;
    await db.meta.put({ ...row, ids: row.ids.slice(1) });

    const stats = await loadSlot(db, source, 'b', manifest, { allowCopy: true, phase: 'load' });
    expect(stats).toMatchObject({ fetched: 1, copied: 2 });
    expect(source.fetchedChunks).toEqual([second!.file]);
    expect(await slotProblem(db, 'b', manifest)).toBeUndefined();
  });

  it("asks for the first chunk it must download before this slot's rows, read whole, are in", async () => {
    // What happens, in order: the slot's rows (every record's id and hash) arriving, and chunks
    // being asked for. The rows are tens of ms at 10,000 pieces, so the download overlaps them.
    const events: string[] = [];
    const { db, source } = await slotALoaded('download-early', (fresh) =>
      fresh.use({
        stack: 'dbcore',
        name: 'rows-read-whole',
        create: (down) => ({
          ...down,
          table(name) {
            const table = down.table(name);
            if (name !== 'meta') return table;
            return {
              ...table,
              query: async (req) => {
                const result = await table.query(req);
                if (req.values && req.query.index.name === 'stateOf') events.push('rows read whole');
                return result;
              },
            };
          },
        }),
      }),
    );
    source.beforeChunk = (ref) => void events.push(`chunk ${ref.file}`);
    // One record changed: its chunk is new, the other two are kept, the old one is dropped.
    const edited = compile({ pieces: [piece('p1', 'Judul baru'), ...six().slice(1)] });
    source.current = edited;
    const changed = edited.manifest.chunks[0]!;
    events.length = 0;

    const stats = await loadSlot(db, source, 'a', edited.manifest, { allowCopy: false, phase: 'load' });
    expect(stats).toMatchObject({ fetched: 1, dropped: 1, kept: 2 });
    expect(events).toEqual([`chunk ${changed.file}`, 'rows read whole']);
    expect(await slotProblem(db, 'a', edited.manifest)).toBeUndefined();
  });

  it('finds a slot lacking a chunk, or holding one the manifest does not list', async () => {
    const { db, manifest } = await slotALoaded('verify');
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
