import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { readAll } from '../../../../renderer/db/hooks';
import { KioskDb } from '../../../../renderer/db/kiosk-db';
import { readPointer } from '../../../../renderer/db/read';
import { syncCollection, whenSettled } from '../../../../renderer/sync/engine';
import type { SyncPhase } from '../../../../renderer/sync/progress';
import { compile, MemorySource, piece } from '../../support/memory-collection';

let db: KioskDb | undefined;
afterEach(async () => {
  await db?.delete();
});

const six = () => ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'].map((id) => piece(id));

describe("settle: 'background'", () => {
  it('resolves once the new collection is live, and levels the old slot afterwards', async () => {
    db = new KioskDb(`background-settle-${process.pid}-1`);
    const v1 = compile({ pieces: six() });
    const phases: SyncPhase[] = [];
    const outcome = await syncCollection(db, new MemorySource(v1), {
      settle: 'background',
      onProgress: (p) => phases.push(p.phase),
    });
    expect(outcome).toMatchObject({ kind: 'synced', slot: 'a' });
    expect(phases).toContain('ready');
    expect(phases).not.toContain('done');
    expect(await readPointer(db)).toMatchObject({ slot: 'a', version: v1.manifest.version });
    expect(await readAll(db, 'pieces')).toHaveLength(6);

    await whenSettled(db);
    expect(phases.at(-1)).toBe('done');
    expect(await db.records('pieces', 'b').count()).toBe(6);
  });

  it('makes the next sync wait for the settle, which then writes only what changed', async () => {
    db = new KioskDb(`background-settle-${process.pid}-2`);
    const source = new MemorySource(compile({ pieces: six() }));
    await syncCollection(db, source, { settle: 'background' });
    // No wait here: the second sync must not start on a half-levelled slot b.
    source.current = compile({ pieces: [...six().slice(0, 5), piece('p6', 'Renamed')] });
    source.fetchedChunks = [];
    const outcome = await syncCollection(db, source, { settle: 'background' });
    expect(outcome).toMatchObject({ kind: 'synced', slot: 'b', fetched: 1, copied: 0, kept: 2 });
    expect(source.fetchedChunks).toHaveLength(1);
    await whenSettled(db);
    expect((await db.records('pieces', 'a').get('p6'))?.title.en).toBe('Renamed');
  });
});
