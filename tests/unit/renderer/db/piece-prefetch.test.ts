import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPiecesPerFlip } from '../../../../renderer/db/hooks';
import { KioskDb } from '../../../../renderer/db/kiosk-db';
import { heldPiece, prefetchPiece, readPiece } from '../../../../renderer/db/piece-prefetch';
import { readPointer } from '../../../../renderer/db/read';
import { syncCollection } from '../../../../renderer/sync/engine';
import { compile, MemorySource, piece } from '../../support/memory-collection';

let db: KioskDb | undefined;
afterEach(async () => {
  await db?.delete();
});

const pieces = (n: number, title = 'Kain') =>
  Array.from({ length: n }, (_, i) => piece(`p${i}`, `${title} ${i}`));

describe('whole pieces read ahead of the piece screen', () => {
  it('does nothing before a live hook has seen the pointer, then reads once and hands the same read on', async () => {
    db = new KioskDb(`prefetch-${process.pid}`);
    await syncCollection(db, new MemorySource(compile({ pieces: pieces(3) })));
    prefetchPiece(db, 'p1');
    expect(heldPiece(db, 'p1')).toBeUndefined();

    await readPiecesPerFlip(db);
    const get = vi.spyOn(db.records('pieces', (await readPointer(db))!.slot), 'get');
    prefetchPiece(db, 'p1');
    // The piece screen's own read, begun before the read ahead is back, waits for that read.
    const pointer = (await readPointer(db))!;
    const own = await readPiece(db, pointer, 'p1');
    expect(own?.title).toEqual({ id: 'Kain 1', en: 'Kain 1' });
    expect(heldPiece(db, 'p1')).toBe(own);
    expect(await readPiece(db, pointer, 'p1')).toBe(own);
    expect(get).toHaveBeenCalledTimes(1);
    // A piece the collection lacks is held as null: the screen says so at once.
    prefetchPiece(db, 'nope');
    await readPiece(db, pointer, 'nope');
    expect(heldPiece(db, 'nope')).toBeNull();
  });

  it('lets go of what it read under an earlier flip of the pointer', async () => {
    db = new KioskDb(`prefetch-flip-${process.pid}`);
    const source = new MemorySource(compile({ pieces: pieces(2) }));
    await syncCollection(db, source);
    await readPiecesPerFlip(db);
    prefetchPiece(db, 'p0');
    await readPiece(db, (await readPointer(db))!, 'p0');
    expect(heldPiece(db, 'p0')?.title.id).toBe('Kain 0');

    source.current = compile({ pieces: pieces(2, 'Sarung') });
    await syncCollection(db, source);
    await readPiecesPerFlip(db);
    expect(heldPiece(db, 'p0')).toBeUndefined();
    expect((await readPiece(db, (await readPointer(db))!, 'p0'))?.title.id).toBe('Sarung 0');
  });

  it('keeps the sixteen latest reads', async () => {
    db = new KioskDb(`prefetch-many-${process.pid}`);
    await syncCollection(db, new MemorySource(compile({ pieces: pieces(20) })));
    await readPiecesPerFlip(db);
    const pointer = (await readPointer(db))!;
    for (let i = 0; i < 20; i++) await readPiece(db, pointer, `p${i}`);
    const held = Array.from({ length: 20 }, (_, i) => heldPiece(db!, `p${i}`) !== undefined);
    expect(held.filter(Boolean)).toHaveLength(16);
    expect(held.slice(4).every(Boolean)).toBe(true);
  });
});
