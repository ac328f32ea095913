import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { KioskDb } from '../../../../renderer/db/kiosk-db';
import { SEARCH_PART_PREFIX, searchIndexKey, type PointerRow } from '../../../../renderer/db/meta-rows';
import {
  isCurrentSearchIndexRow,
  lineParts,
  readPointer,
  readSearchIndexJson,
} from '../../../../renderer/db/read';
import { createSearchIndex, loadSearchIndex } from '../../../../electron/shared/search';
import { syncCollection } from '../../../../renderer/sync/engine';
import { spyOn } from '../../support/db-spy';
import { compile, MemorySource, piece, piecesOnlyInput, rehashed } from '../../support/memory-collection';

let db: KioskDb | undefined;
let n = 0;
afterEach(async () => {
  await db?.delete();
});

const WORDS = ['canting', 'lilin', 'nila', 'soga', 'mori', 'pesisir', 'keraton', 'isen', 'cecek', 'sawat'];

/**
 * Enough pieces, with descriptions, for an index of many parts; `edit` retitles piece p600,
 * `describe` gives it another description.
 */
const many = (edit?: string, describe?: string) =>
  Array.from({ length: 1200 }, (_, i) => {
    const record = piece(`p${i}`, i === 600 && edit ? edit : `Kain motif ${i} sogan ${i % 37}`);
    const words = Array.from({ length: 40 }, (_, w) => `${WORDS[(i * 7 + w * 3) % 10]}${(i * w) % 53}`);
    return rehashed({ ...record, description: { id: i === 600 && describe ? describe : words.join(' ') } });
  });

async function liveRow(target: KioskDb) {
  const pointer = (await readPointer(target))!;
  const row = await target.meta.get(searchIndexKey(pointer.slot));
  if (!isCurrentSearchIndexRow(row)) throw new Error('no current search index row');
  return row;
}

async function hits(target: KioskDb, query: string): Promise<string[]> {
  const index = loadSearchIndex((await readSearchIndexJson(target))!);
  await index.whenComplete();
  return index
    .search(query, { limit: 5000 })
    .map((hit) => hit.id)
    .sort();
}

describe('the stored search index across syncs', () => {
  it('after a one-piece change, rewrites only a few parts, keeps no orphans and searches like a fresh build', async () => {
    db = new KioskDb(`stored-index-${process.pid}-${n++}`);
    const spy = spyOn(db);
    const source = new MemorySource(compile({ pieces: many() }, 100));
    await syncCollection(db, source);
    const first = await liveRow(db);
    expect(first.parts.length).toBeGreaterThan(10);

    spy.reset();
    source.current = compile({ pieces: many('Selendang Zamrud') }, 100);
    await syncCollection(db, source);
    const second = await liveRow(db);
    const partPuts = (spy.putKeys.meta ?? []).filter((key) => String(key).startsWith(SEARCH_PART_PREFIX));
    expect(partPuts.length).toBeGreaterThan(0);
    expect(partPuts.length).toBeLessThan(second.parts.length / 2);

    // A title is not in the details line (labels, descriptions): its parts are the live index's,
    // kept without being read.
    expect(lineParts(second, -1)).toEqual(lineParts(first, -1));
    const read = new Set(spy.getKeys.meta);
    expect(lineParts(first, 0).every((key) => read.has(key))).toBe(true);
    expect(lineParts(first, -1).filter((key) => read.has(key))).toEqual([]);

    // What the flip left: exactly the live index's parts.
    const stored = await db.meta.where('key').startsWith(SEARCH_PART_PREFIX).primaryKeys();
    expect(stored.sort()).toEqual([...new Set(second.parts)].sort());

    const fresh = createSearchIndex(piecesOnlyInput(many('Selendang Zamrud')));
    await fresh.whenComplete();
    // The same hits (an updated index may rank ties apart from a fresh one: see update-search-index.ts).
    expect(await hits(db, 'zamrud')).toEqual(['p600']);
    for (const query of ['sogan 5', 'kain motif 60', 'selendang', 'kain 1']) {
      const expected = fresh.search(query, { limit: 5000 }).map((hit) => hit.id);
      expect(expected.length, query).toBeGreaterThan(0);
      expect(await hits(db, query)).toEqual(expected.sort());
    }
  });

  it('updates the details line when a description changes', async () => {
    db = new KioskDb(`stored-index-${process.pid}-${n++}`);
    const source = new MemorySource(compile({ pieces: many() }, 100));
    await syncCollection(db, source);
    const first = await liveRow(db);
    source.current = compile({ pieces: many(undefined, 'Lasem merah darah ayam') }, 100);
    await syncCollection(db, source);

    expect(lineParts(await liveRow(db), -1)).not.toEqual(lineParts(first, -1));
    expect(await hits(db, 'darah ayam')).toEqual(['p600']);
  });

  it('rebuilds the index of a store written in the one-row layout, even with the collection unchanged', async () => {
    db = new KioskDb(`stored-index-${process.pid}-${n++}`);
    const source = new MemorySource(
      compile({ pieces: [piece('p1', 'Kain Jlamprang'), piece('p2', 'Sarung')] }),
    );
    await syncCollection(db, source);
    // What a kiosk before the parts layout left: a pointer without `searchStorage`, one `json` row.
    const pointer = (await readPointer(db))!;
    const { searchStorage: _dropped, ...oldPointer } = pointer;
    const json = (await readSearchIndexJson(db))!;
    await db.meta.clear();
    await db.meta.bulkPut([
      oldPointer as PointerRow,
      { key: searchIndexKey(pointer.slot), version: pointer.version, json } as never,
    ]);
    expect(await readSearchIndexJson(db)).toBeUndefined();

    expect(await syncCollection(db, source)).toMatchObject({ kind: 'unchanged' });
    expect(await hits(db, 'jlamprang')).toEqual(['p1']);
    expect((await readPointer(db))?.searchStorage).toBeDefined();

    // Rebuilt once: the next unchanged sync is back to one small read.
    const again = new KioskDb(db.name);
    const againSpy = spyOn(again);
    expect(await syncCollection(again, source)).toMatchObject({ kind: 'unchanged' });
    expect(againSpy.reads).toEqual(['get:meta']);
    again.close();
  });
});
