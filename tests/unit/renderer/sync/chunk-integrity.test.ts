import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { readAll } from '../../../../renderer/db/hooks';
import { KioskDb } from '../../../../renderer/db/kiosk-db';
import { readPointer } from '../../../../renderer/db/read';
import { chunkHash } from '../../../../renderer/sync/chunk-digest';
import { createSyncController } from '../../../../renderer/sync/controller';
import { inPageRunner } from '../../../../renderer/sync/sync-runner';
import { syncCollection } from '../../../../renderer/sync/engine';
import { createHttpSource } from '../../../../renderer/sync/source';
import { compile, piece, type MemoryCollection } from '../../support/memory-collection';

let dbs: KioskDb[] = [];
let n = 0;
function freshDb() {
  const db = new KioskDb(`chunk-integrity-${process.pid}-${n++}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(dbs.map((db) => db.delete()));
  dbs = [];
});

const six = (title?: string) =>
  ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'].map((id) => piece(id, title ? `${title} ${id}` : undefined));
const ids = async (db: KioskDb) => (await readAll(db, 'pieces')).map((p) => p.id).sort();

/**
 * A host as the page sees it: the compiled files as bytes behind `fetch`. `damage(file, times)`
 * serves a changed copy of one chunk for its next `times` requests; `requests` logs each chunk
 * request with its cache mode.
 */
function fakeHost(initial: MemoryCollection) {
  let collection = initial;
  const damaged = new Map<string, number>();
  const requests: { file: string; cache: RequestCache | undefined }[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const file = new URL(String(input)).pathname.replace(/^\/collection\//, '');
    if (file === 'manifest.json') return new Response(JSON.stringify(collection.manifest));
    const records = collection.files.get(file.replace(/^chunks\//, ''));
    if (!records) return new Response('', { status: 404 });
    requests.push({ file, cache: init?.cache });
    let text = JSON.stringify(records);
    const left = damaged.get(file) ?? 0;
    if (left > 0) {
      damaged.set(file, left - 1);
      // Still valid JSON with the same ids and count: only the hash can tell.
      text = text.replace('"title":{"id":"', '"title":{"id":"~');
    }
    return new Response(text);
  };
  // The memory collection names chunks without the folder; the compiler's manifest says chunks/.
  const withFolder = (c: MemoryCollection): MemoryCollection => ({
    files: c.files,
    manifest: {
      ...c.manifest,
      chunks: c.manifest.chunks.map((ref) => ({ ...ref, file: `chunks/${ref.file}` })),
    },
  });
  collection = withFolder(initial);
  return {
    source: createHttpSource('http://kiosk.test/collection/', fetchImpl),
    requests,
    serve: (next: MemoryCollection) => (collection = withFolder(next)),
    damage: (file: string, times: number) => damaged.set(file, times),
    chunkFiles: () => collection.manifest.chunks.map((ref) => ref.file),
  };
}

describe('chunk content hashes in the sync', () => {
  it('hashes bytes the way the compiler names chunks', async () => {
    const one = compile({ pieces: [piece('p1')] });
    const [ref] = one.manifest.chunks;
    const bytes = new TextEncoder().encode(JSON.stringify(one.files.get(ref!.file)));
    expect(await chunkHash(bytes.buffer)).toBe(ref!.hash);
  });

  it('fetches a damaged chunk once more past the HTTP cache, and syncs when that copy is whole', async () => {
    const db = freshDb();
    const host = fakeHost(compile({ pieces: six() }));
    const [first] = host.chunkFiles();
    host.damage(first!, 1);
    const outcome = await syncCollection(db, host.source);
    expect(outcome).toMatchObject({ kind: 'synced' });
    expect(host.requests.filter((r) => r.file === first)).toEqual([
      { file: first, cache: undefined },
      { file: first, cache: 'reload' },
    ]);
    expect((await readAll(db, 'pieces')).some((p) => p.title.id?.startsWith('~'))).toBe(false);
  });

  it('abandons a first sync whose chunk stays damaged: nothing is stored and the boot screen says so', async () => {
    const db = freshDb();
    const host = fakeHost(compile({ pieces: six() }));
    const [, second] = host.chunkFiles();
    host.damage(second!, 2);
    const controller = createSyncController(db, inPageRunner(db, host.source));
    await controller.start();
    const status = controller.getStatus();
    expect(status.phase).toBe('unavailable');
    expect(status.lastOutcome).toMatchObject({ kind: 'failed', reason: 'damaged', cached: false });
    expect(status.lastOutcome).toMatchObject({ detail: expect.stringContaining(second!) });
    expect(await readPointer(db)).toBeUndefined();
  });

  it('keeps the old collection live when an update has a damaged chunk, and takes the update once it is whole', async () => {
    const db = freshDb();
    const host = fakeHost(compile({ pieces: six() }));
    const controller = createSyncController(db, inPageRunner(db, host.source));
    await controller.start();
    const v1 = await readPointer(db);

    const v2 = compile({ pieces: six('Kain') });
    host.serve(v2);
    for (const file of host.chunkFiles()) host.damage(file, 2);
    const outcome = await controller.sync();
    expect(outcome).toMatchObject({ kind: 'failed', reason: 'damaged', cached: true });
    expect(controller.getStatus().phase).toBe('ready');
    expect(await readPointer(db)).toMatchObject({ slot: v1!.slot, version: v1!.version });
    expect(await ids(db)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);

    // The host's files are repaired (a rebuild): the next sync goes through.
    for (const file of host.chunkFiles()) host.damage(file, 0);
    expect(await controller.sync()).toMatchObject({ kind: 'synced', version: v2.manifest.version });
  });
});
