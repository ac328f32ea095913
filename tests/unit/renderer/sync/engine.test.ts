import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { KioskDb } from '../../../../renderer/db/kiosk-db';
import { readAll } from '../../../../renderer/db/hooks';
import { readPointer } from '../../../../renderer/db/read';
import { syncCollection } from '../../../../renderer/sync/engine';
import type { SyncProgress } from '../../../../renderer/sync/progress';
import { spyOn } from '../../support/db-spy';
import { compile, MemorySource, piece } from '../../support/memory-collection';

let dbs: KioskDb[] = [];
let n = 0;
function freshDb() {
  const db = new KioskDb(`sync-engine-${process.pid}-${n++}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(dbs.map((db) => db.delete()));
  dbs = [];
});

const ids = async (db: KioskDb) => (await readAll(db, 'pieces')).map((p) => p.id).sort();
const six = () => ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'].map((id) => piece(id));

describe('sync engine', () => {
  it('loads a first collection into slot a, flips the pointer and reports progress to done', async () => {
    const db = freshDb();
    const v1 = compile({ pieces: six(), motifs: [] });
    const events: SyncProgress[] = [];
    const outcome = await syncCollection(db, new MemorySource(v1), { onProgress: (p) => events.push(p) });

    expect(outcome).toMatchObject({ kind: 'synced', slot: 'a', fetched: 3, copied: 0 });
    expect(await readPointer(db)).toMatchObject({ slot: 'a', version: v1.manifest.version });
    expect(await ids(db)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
    const phases = [...new Set(events.map((e) => e.phase))];
    expect(phases).toEqual(['manifest', 'load', 'verify', 'index', 'ready', 'settle', 'done']);
    // The first sync also fills slot b locally, so the next change is written as a patch.
    expect(await db.records('pieces', 'b').count()).toBe(6);
    expect(events.filter((e) => e.phase === 'load').at(-1)).toEqual({ phase: 'load', done: 3, total: 3 });
  });

  it('keeps readers on the old slot until the flip, then switches them in one step', async () => {
    const db = freshDb();
    const source = new MemorySource(compile({ pieces: six() }));
    await syncCollection(db, source);
    const v2 = compile({ pieces: [...six(), piece('p7')] });
    source.current = v2;
    const seenMidway: string[][] = [];
    source.beforeChunk = async () => {
      seenMidway.push(await ids(db));
    };
    const outcome = await syncCollection(db, source);

    expect(outcome).toMatchObject({ kind: 'synced', slot: 'b' });
    expect(seenMidway.length).toBeGreaterThan(0);
    for (const seen of seenMidway) expect(seen).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
    expect(await ids(db)).toContain('p7');
    expect(await readPointer(db)).toMatchObject({ slot: 'b', version: v2.manifest.version });
  });

  it('writes each chunk in its own transaction, none of which spans two chunks', async () => {
    const db = freshDb();
    const spy = spyOn(db);
    await syncCollection(db, new MemorySource(compile({ pieces: six() })));

    const recordTx = spy.transactions.filter((t) => t.mode === 'readwrite' && t.stores.includes('pieces_a'));
    expect(recordTx).toHaveLength(3);
    for (const tx of recordTx) expect(tx.stores.sort()).toEqual(['meta', 'pieces_a']);
    // One bulk put per chunk: the records of a chunk travel together, not one transaction each.
    expect(spy.writes.filter((w) => w === 'put:pieces_a')).toHaveLength(3);
  });

  it('keeps the old slot live when verification fails', async () => {
    const db = freshDb();
    const source = new MemorySource(compile({ pieces: six() }));
    await syncCollection(db, source);
    const bad = compile({ pieces: [piece('p1'), piece('p9')] });
    bad.manifest.counts.pieces = 5; // the chunks hold 2
    source.current = bad;
    const outcome = await syncCollection(db, source);

    expect(outcome).toMatchObject({ kind: 'failed', reason: 'verification', cached: true });
    expect(await readPointer(db)).toMatchObject({ slot: 'a' });
    expect(await ids(db)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
  });

  it('catches an id carried by two chunks through the row count', async () => {
    const db = freshDb();
    const dup = compile({ pieces: [piece('p1'), piece('p2'), piece('p2', 'again'), piece('p3')] });
    const outcome = await syncCollection(db, new MemorySource(dup));
    expect(outcome).toMatchObject({ kind: 'failed', reason: 'verification', cached: false });
    expect(await readPointer(db)).toBeUndefined();
  });

  it('removes pieces the folder no longer has, from the live slot and the levelled old one', async () => {
    const db = freshDb();
    const source = new MemorySource(compile({ pieces: six() }));
    await syncCollection(db, source);
    source.current = compile({ pieces: six().filter((p) => p.id !== 'p4') });
    await syncCollection(db, source);

    expect(await ids(db)).toEqual(['p1', 'p2', 'p3', 'p5', 'p6']);
    expect(await db.records('pieces', 'a').get('p4')).toBeUndefined();
    expect(await db.records('pieces', 'b').get('p4')).toBeUndefined();
  });

  it('fetches and rewrites only the chunk whose record changed', async () => {
    const db = freshDb();
    const spy = spyOn(db);
    const source = new MemorySource(compile({ pieces: six() }));
    await syncCollection(db, source); // slot a, then slot b levelled by a local copy
    source.fetchedChunks = [];
    spy.reset();
    const changed = six();
    changed[4] = piece('p5', 'A new title');
    source.current = compile({ pieces: changed });
    const outcome = await syncCollection(db, source);

    expect(outcome).toMatchObject({ kind: 'synced', slot: 'b', fetched: 1, copied: 0, kept: 2, dropped: 1 });
    expect(source.fetchedChunks).toHaveLength(1);
    // One put into the new live slot and one into the old slot to level it; nothing else rewritten.
    expect(spy.writes.filter((w) => w.startsWith('put:pieces'))).toEqual(['put:pieces_b', 'put:pieces_a']);
    expect((await readAll(db, 'pieces')).find((p) => p.id === 'p5')?.title.id).toBe('A new title');
  });

  it('costs one small read when the manifest is unchanged', async () => {
    const db = freshDb();
    const spy = spyOn(db);
    const source = new MemorySource(compile({ pieces: six() }));
    await syncCollection(db, source);
    spy.reset();
    const outcome = await syncCollection(db, source);

    expect(outcome).toMatchObject({ kind: 'unchanged' });
    expect(spy.reads).toEqual(['get:meta']);
    expect(spy.writes).toEqual([]);
  });

  it('keeps the cache when the host is unreachable or serves no collection', async () => {
    const db = freshDb();
    const source = new MemorySource(compile({ pieces: six() }));
    await syncCollection(db, source);
    for (const gone of ['unreachable', 'no-collection'] as const) {
      source.current = gone;
      expect(await syncCollection(db, source)).toMatchObject({
        kind: 'host-unavailable',
        problem: gone,
        cached: true,
      });
      expect(await ids(db)).toHaveLength(6);
    }
  });

  it('resumes an interrupted sync without fetching the chunks it already stored', async () => {
    const db = freshDb();
    const v1 = compile({ pieces: six() });
    const source = new MemorySource(v1);
    source.beforeChunk = (_ref, served) => {
      if (served === 2) throw new Error('connection lost');
    };
    expect(await syncCollection(db, source)).toMatchObject({
      kind: 'failed',
      reason: 'fetch',
      cached: false,
    });
    expect(await readPointer(db)).toBeUndefined();

    source.beforeChunk = () => {};
    source.fetchedChunks = [];
    expect(await syncCollection(db, source)).toMatchObject({ kind: 'synced', fetched: 1, kept: 2 });
    expect(source.fetchedChunks).toEqual([v1.manifest.chunks[2]?.file]);
    expect(await ids(db)).toHaveLength(6);
  });

  it('refuses a manifest of another compiled schema and keeps the cache', async () => {
    const db = freshDb();
    const source = new MemorySource(compile({ pieces: six() }));
    await syncCollection(db, source);
    const future = compile({ pieces: [piece('x')] });
    future.manifest.schema = 99;
    source.current = future;
    expect(await syncCollection(db, source)).toMatchObject({
      kind: 'failed',
      reason: 'incompatible',
      cached: true,
    });
    expect(await ids(db)).toHaveLength(6);
  });
});

describe('after the flip', () => {
  it('can clear the old slot instead of levelling it', async () => {
    const db = freshDb();
    const source = new MemorySource(compile({ pieces: six() }));
    await syncCollection(db, source, { afterFlip: 'clear' });
    expect(await db.records('pieces', 'b').count()).toBe(0);
    source.current = compile({ pieces: six().slice(0, 4) });
    source.fetchedChunks = [];
    // Slot b starts empty, so its chunks are copied from slot a rather than downloaded.
    expect(await syncCollection(db, source, { afterFlip: 'clear' })).toMatchObject({
      slot: 'b',
      fetched: 0,
      copied: 2,
    });
    expect(await db.records('pieces', 'a').count()).toBe(0);
    expect(await ids(db)).toEqual(['p1', 'p2', 'p3', 'p4']);
  });

  it('empties and refills the old slot after a rebuild, trusting none of its rows', async () => {
    const db = freshDb();
    const source = new MemorySource(compile({ pieces: six() }));
    await syncCollection(db, source);
    await db.records('pieces', 'b').put(piece('stray'));
    await syncCollection(db, source, { rebuild: true });
    expect(await db.records('pieces', 'a').get('stray')).toBeUndefined();
    expect(await db.records('pieces', 'b').get('stray')).toBeUndefined();
    expect(await db.records('pieces', 'a').count()).toBe(6);
  });
});
