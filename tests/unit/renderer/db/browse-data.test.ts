import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { loadBrowseData } from '../../../../renderer/db/browse-data';
import { readPiecesPerFlip } from '../../../../renderer/db/hooks';
import { KioskDb } from '../../../../renderer/db/kiosk-db';
import { readPointer } from '../../../../renderer/db/read';
import { syncCollection } from '../../../../renderer/sync/engine';
import { compile, MemorySource, piece } from '../../support/memory-collection';

let db: KioskDb | undefined;
afterEach(async () => {
  await db?.delete();
});

describe('the browse index, once per flip of the pointer', () => {
  it('is kept while the pointer stays, and built from the new records after a rebuild of the same version', async () => {
    db = new KioskDb(`browse-data-${process.pid}`);
    const source = new MemorySource(compile({ pieces: [piece('a'), piece('b')] }));
    await syncCollection(db, source);
    const first = await loadBrowseData(db);
    expect([...first!.pieces.keys()].sort()).toEqual(['a', 'b']);
    expect(await loadBrowseData(db)).toBe(first);

    // The same version loaded afresh into the other slot: new record objects, the same content.
    const before = await readPointer(db);
    await syncCollection(db, source, { rebuild: true });
    const after = await readPointer(db);
    expect(after!.version).toBe(before!.version);
    expect(after!.slot).not.toBe(before!.slot);

    const rebuilt = await loadBrowseData(db);
    expect(rebuilt).not.toBe(first);
    // The index holds the records every other screen holds now, so the old ones can be collected.
    const live = await readPiecesPerFlip(db);
    expect(rebuilt!.source).toBe(live);
    expect(rebuilt!.pieces.get('a')).toBe(live!.find((p) => p.id === 'a'));
    expect(rebuilt!.pieces.get('a')).not.toBe(first!.pieces.get('a'));
  });
});
