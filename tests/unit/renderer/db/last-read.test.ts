import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { KioskDb } from '../../../../renderer/db/kiosk-db';
import { lastRead, readPerFlip } from '../../../../renderer/db/last-read';
import { syncCollection } from '../../../../renderer/sync/engine';
import { compile, MemorySource, piece } from '../../support/memory-collection';

let db: KioskDb | undefined;
afterEach(async () => {
  await db?.delete();
});

describe('readPerFlip', () => {
  it('reads once per flip of the pointer, and lastRead lends the last answer meanwhile', async () => {
    db = new KioskDb(`last-read-${process.pid}`);
    const reads: string[] = [];
    const count = (kdb: KioskDb) =>
      readPerFlip(kdb, 'piece-count', async (pointer) => {
        reads.push(pointer.version);
        return (await kdb.records('pieces', pointer.slot).toArray()).length;
      });

    expect(await count(db)).toBeUndefined();
    expect(lastRead(db, 'piece-count')).toBeUndefined();

    const source = new MemorySource(compile({ pieces: [piece('p1'), piece('p2')] }));
    await syncCollection(db, source);
    expect(await count(db)).toBe(2);
    expect(await count(db)).toBe(2);
    expect(reads).toHaveLength(1);
    expect(lastRead(db, 'piece-count')).toBe(2);

    source.current = compile({ pieces: [piece('p1'), piece('p2'), piece('p3')] });
    await syncCollection(db, source);
    expect(lastRead(db, 'piece-count')).toBe(2);
    expect(await count(db)).toBe(3);
    expect(reads).toHaveLength(2);
    expect(lastRead(db, 'piece-count')).toBe(3);
  });

  it('keeps what each database read apart', async () => {
    db = new KioskDb(`last-read-other-${process.pid}`);
    await syncCollection(db, new MemorySource(compile({ pieces: [piece('p1')] })));
    await readPerFlip(db, 'answer', () => 'first database');
    expect(lastRead(new KioskDb(`never-opened-${process.pid}`), 'answer')).toBeUndefined();
    expect(lastRead(db, 'answer')).toBe('first database');
  });
});
