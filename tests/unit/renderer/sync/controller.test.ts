import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { readAll } from '../../../../renderer/db/hooks';
import { KioskDb } from '../../../../renderer/db/kiosk-db';
import { readPointer } from '../../../../renderer/db/read';
import { STORE_SCHEMA_VERSION } from '../../../../renderer/db/schema';
import { createSyncController } from '../../../../renderer/sync/controller';
import { inPageRunner } from '../../../../renderer/sync/sync-runner';
import { syncCollection } from '../../../../renderer/sync/engine';
import { inspectStore } from '../../../../renderer/sync/inspect-store';
import { compile, MemorySource, piece } from '../../support/memory-collection';

let names: string[] = [];
let n = 0;
function freshName() {
  const name = `boot-${process.pid}-${n++}`;
  names.push(name);
  return name;
}
afterEach(async () => {
  await Promise.all(names.map((name) => Dexie.delete(name)));
  names = [];
});

const three = () => compile({ pieces: [piece('p1'), piece('p2'), piece('p3')] });

describe('boot and schema upgrades', () => {
  it('wipes a store written by an older Dexie layout so the next sync rebuilds it', async () => {
    const name = freshName();
    const old = new Dexie(name);
    old.version(STORE_SCHEMA_VERSION - 0.5).stores({ meta: 'key', pieces_a: 'id' });
    await old
      .table('meta')
      .put({ key: 'pointer', slot: 'a', version: 'x', schema: 0, counts: {}, manifest: {} });
    await old.table('pieces_a').put({ id: 'stale' });
    old.close();

    const db = new KioskDb(name);
    expect(await inspectStore(db)).toEqual({ state: 'empty' });
    const source = new MemorySource(three());
    expect(await syncCollection(db, source)).toMatchObject({ kind: 'synced', fetched: 2 });
    expect((await readAll(db, 'pieces')).map((p) => p.id).sort()).toEqual(['p1', 'p2', 'p3']);
    db.close();
  });

  it('rebuilds from the host, without copying, when the pointer names another store schema', async () => {
    const db = new KioskDb(freshName());
    const source = new MemorySource(three());
    await syncCollection(db, source);
    const pointer = await readPointer(db);
    await db.meta.put({ ...pointer!, schema: STORE_SCHEMA_VERSION - 1 });
    expect(await inspectStore(db)).toMatchObject({ state: 'stale-schema' });

    source.fetchedChunks = [];
    expect(await syncCollection(db, source)).toMatchObject({ kind: 'synced', fetched: 2, copied: 0 });
    expect(await readPointer(db)).toMatchObject({ schema: STORE_SCHEMA_VERSION, slot: 'b' });
    db.close();
  });

  it('finds a live slot that lost rows and rebuilds it at start', async () => {
    const db = new KioskDb(freshName());
    const source = new MemorySource(three());
    await syncCollection(db, source);
    await db.records('pieces', 'a').delete('p2');
    expect(await inspectStore(db)).toMatchObject({ state: 'corrupt' });

    const controller = createSyncController(db, inPageRunner(db, source));
    await controller.start();
    expect(controller.getStatus()).toMatchObject({ phase: 'ready', host: 'ok' });
    expect((await readAll(db, 'pieces')).map((p) => p.id).sort()).toEqual(['p1', 'p2', 'p3']);
    db.close();
  });

  it('shows the retry screen with no cache and no host, and recovers on retry', async () => {
    const db = new KioskDb(freshName());
    const source = new MemorySource('unreachable');
    const controller = createSyncController(db, inPageRunner(db, source));
    const phases: string[] = [];
    controller.subscribe(() => phases.push(controller.getStatus().phase));
    await controller.start();
    expect(controller.getStatus()).toMatchObject({ phase: 'unavailable', host: 'unreachable' });
    expect(phases).toContain('first-sync');

    source.current = three();
    await controller.start();
    expect(controller.getStatus()).toMatchObject({ phase: 'ready', host: 'ok', syncing: false });
    db.close();
  });

  it('stays ready on the cache when the host has gone, flagging it for the admin screen only', async () => {
    const db = new KioskDb(freshName());
    const source = new MemorySource(three());
    await syncCollection(db, source);
    source.current = 'no-collection';
    const controller = createSyncController(db, inPageRunner(db, source));
    const phases: string[] = [];
    controller.subscribe(() => phases.push(controller.getStatus().phase));
    await controller.start();
    expect(controller.getStatus()).toMatchObject({ phase: 'ready', host: 'no-collection' });
    expect(phases).not.toContain('first-sync');
    db.close();
  });

  it('folds sync requests made during a sync into one more sync', async () => {
    const db = new KioskDb(freshName());
    const source = new MemorySource(three());
    const controller = createSyncController(db, inPageRunner(db, source));
    await Promise.all([controller.sync(), controller.sync(), controller.sync(), controller.sync()]);
    expect(source.manifestCalls).toBe(2);
    db.close();
  });
});
