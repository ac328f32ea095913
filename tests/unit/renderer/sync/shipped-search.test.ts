import 'fake-indexeddb/auto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CollectionManifest, PieceRecord } from '../../../../electron/shared/collection-records';
import { loadSearchIndex } from '../../../../electron/shared/search';
import { writeChunksAndManifest } from '../../../../electron/node/collection/chunks';
import { KioskDb } from '../../../../renderer/db/kiosk-db';
import { readPointer, readSearchIndexJson, readSearchIndexRow } from '../../../../renderer/db/read';
import { buildSearchIndex, type SearchBuilder } from '../../../../renderer/sync/build-search';
import { syncCollection } from '../../../../renderer/sync/engine';
import { createHttpSource } from '../../../../renderer/sync/source';
import { piece, rehashed } from '../../support/memory-collection';

let dbs: KioskDb[] = [];
let dirs: string[] = [];
let n = 0;
afterEach(async () => {
  await Promise.all(dbs.map((db) => db.delete()));
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  dbs = [];
  dirs = [];
});
function freshDb() {
  const db = new KioskDb(`shipped-search-${process.pid}-${n++}`);
  dbs.push(db);
  return db;
}

/** Words enough that the index runs to several parts and more than one pack (512 KB each). */
function described(id: string, title?: string): PieceRecord {
  const words = Array.from({ length: 400 }, (_, i) => `kata${id}x${i}`).join(' ');
  const base = piece(id, title);
  return rehashed({ ...base, description: { id: words, en: words } });
}
const pieces = (count: number, retitled?: string) =>
  Array.from({ length: count }, (_, i) => described(`p${i}`, i === 7 ? retitled : undefined));

/** The real build's files for `list`, written into a fresh folder. */
async function built(list: PieceRecord[]): Promise<{ dir: string; manifest: CollectionManifest }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'shipped-search-'));
  dirs.push(dir);
  const settings = {
    museum: { id: 'Museum' },
    title: { id: 'Koleksi' },
    languages: ['id', 'en'],
    defaultLanguage: 'id',
    fallback: ['id', 'en'],
    synonyms: [],
  };
  const records = { pieces: list, motifs: [], terms: [], makers: [], places: [] };
  return { dir, manifest: await writeChunksAndManifest(dir, records, settings, new Date(0)) };
}

/**
 * The build folder behind `fetch`, as the web host serves it. `damage(file, times)` serves a changed
 * copy of a file for its next `times` requests; `requests` logs every request with its cache mode.
 */
function host(initial: { dir: string }) {
  let current = initial;
  const damaged = new Map<string, number>();
  const requests: { file: string; cache: RequestCache | undefined }[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const file = new URL(String(input)).pathname.replace(/^\/collection\//, '');
    requests.push({ file, cache: init?.cache });
    let text: string;
    try {
      text = await readFile(path.join(current.dir, file), 'utf8');
    } catch {
      return new Response('', { status: 404 });
    }
    const left = damaged.get(file) ?? 0;
    if (left > 0) {
      damaged.set(file, left - 1);
      text = `${text.slice(0, 10)}~${text.slice(11)}`;
    }
    return new Response(text);
  };
  return {
    source: createHttpSource('http://kiosk.test/collection/', fetchImpl),
    requests,
    serve: (next: { dir: string }) => (current = next),
    damage: (file: string, times: number) => damaged.set(file, times),
    searchFiles: () => requests.filter((r) => r.file.startsWith('search/')),
  };
}

/** The app's builder, counting the times the engine had to build or update an index itself. */
function countingBuilder(): { build: SearchBuilder; calls: () => number } {
  let calls = 0;
  const build: SearchBuilder = (...args) => {
    calls++;
    return buildSearchIndex(...args);
  };
  return { build, calls: () => calls };
}

async function hits(db: KioskDb, query: string): Promise<string[]> {
  const index = loadSearchIndex((await readSearchIndexJson(db))!);
  await index.whenComplete();
  return index.search(query).map((hit) => hit.id);
}

describe("the build's search index, shipped with the collection", () => {
  it('is downloaded in packs on a first sync and stored as the kiosk would have built it', async () => {
    const v1 = await built(pieces(120));
    const served = host(v1);
    const builder = countingBuilder();
    const db = freshDb();
    expect(await syncCollection(db, served.source, { buildSearch: builder.build })).toMatchObject({
      kind: 'synced',
    });
    expect(builder.calls()).toBe(0);
    // The layout, then whole packs (more than one at this size), no part on its own.
    const fetched = served.searchFiles().map((r) => r.file);
    expect(fetched[0]).toBe(v1.manifest.search!.file);
    expect(fetched.filter((file) => file.startsWith('search/pack-')).length).toBeGreaterThan(1);
    expect(fetched.length).toBe(1 + fetched.filter((file) => file.startsWith('search/pack-')).length);
    expect(await hits(db, 'kataP3x17')).toEqual(['p3']);

    // Byte for byte what the kiosk builds itself from the same records as they arrive.
    const own = freshDb();
    const withoutIndex = {
      ...served.source,
      manifest: async () => stripIndex(await served.source.manifest()),
    };
    await syncCollection(own, withoutIndex, { buildSearch: buildSearchIndex });
    expect(await readSearchIndexJson(own)).toBe(await readSearchIndexJson(db));
  });

  it('after a one-record change, downloads only the parts that changed, one by one', async () => {
    const v1 = await built(pieces(120));
    const served = host(v1);
    const builder = countingBuilder();
    const db = freshDb();
    await syncCollection(db, served.source, { buildSearch: builder.build });
    const v2 = await built(pieces(120, 'Sarung zamrud'));
    served.serve(v2);
    served.requests.length = 0;
    expect(await syncCollection(db, served.source, { buildSearch: builder.build })).toMatchObject({
      kind: 'synced',
      version: v2.manifest.version,
    });
    expect(builder.calls()).toBe(0);
    const pointer = await readPointer(db);
    const row = await readSearchIndexRow(db, pointer!.slot, pointer!.version);
    const parts = served.searchFiles().filter((r) => !r.file.startsWith('search/index-'));
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.length).toBeLessThan(row!.parts.length / 4);
    expect(parts.every((r) => !r.file.startsWith('search/pack-'))).toBe(true);
    expect(await hits(db, 'zamrud')).toEqual(['p7']);
  });

  it('fetches a damaged file again past the cache, and builds its own index when it stays damaged', async () => {
    const v1 = await built(pieces(40));
    const layout = JSON.parse(await readFile(path.join(v1.dir, v1.manifest.search!.file), 'utf8')) as {
      packs: { file: string }[];
    };
    const pack = layout.packs[0]!.file;

    const once = host(v1);
    once.damage(pack, 1);
    const builder = countingBuilder();
    const db = freshDb();
    expect(await syncCollection(db, once.source, { buildSearch: builder.build })).toMatchObject({
      kind: 'synced',
    });
    expect(once.requests.filter((r) => r.file === pack)).toEqual([
      { file: pack, cache: undefined },
      { file: pack, cache: 'reload' },
    ]);
    expect(builder.calls()).toBe(0);

    // Damaged twice: the collection still goes live, searchable, with an index the kiosk built.
    const twice = host(v1);
    twice.damage(pack, 2);
    const other = freshDb();
    const errors = silenceErrors();
    try {
      expect(await syncCollection(other, twice.source, { buildSearch: builder.build })).toMatchObject({
        kind: 'synced',
      });
    } finally {
      errors.restore();
    }
    expect(errors.logged.join(' ')).toContain(pack);
    expect(builder.calls()).toBe(1);
    expect(await hits(other, 'kataP3x17')).toEqual(['p3']);
  });

  it('is not used by a kiosk that reads another index format', async () => {
    const v1 = await built(pieces(10));
    const served = host(v1);
    const otherFormat = {
      ...served.source,
      manifest: async () => {
        const result = await served.source.manifest();
        if (result.ok) result.manifest.search = { ...result.manifest.search!, format: 999 };
        return result;
      },
    };
    const builder = countingBuilder();
    const db = freshDb();
    await syncCollection(db, otherFormat, { buildSearch: builder.build });
    expect(builder.calls()).toBe(1);
    expect(served.searchFiles()).toEqual([]);
    expect(await hits(db, 'kataP3x17')).toEqual(['p3']);
  });
});

function stripIndex<T extends { ok: boolean }>(result: T): T {
  if ('manifest' in result) delete (result.manifest as CollectionManifest).search;
  return result;
}

/** Collects console.error (the engine says why it did not use a shipped index) without printing. */
function silenceErrors() {
  const logged: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
  return { logged, restore: () => (console.error = original) };
}
