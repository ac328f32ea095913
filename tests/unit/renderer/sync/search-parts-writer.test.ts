import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { KioskDb } from '../../../../renderer/db/kiosk-db';
import { SEARCH_PART_PREFIX } from '../../../../renderer/db/meta-rows';
import { readSlotSearchIndexJson } from '../../../../renderer/db/read';
import { textLines } from '../../../../electron/shared/search/cut-search-text';
import {
  dropUnlistedParts,
  storeSearchLines,
  storeSearchText,
} from '../../../../renderer/sync/search-parts-writer';
import { searchIndexRow } from '../../../../renderer/sync/stored-search-index';
import { spyOn } from '../../support/db-spy';

let db: KioskDb | undefined;
let n = 0;
afterEach(async () => {
  await db?.delete();
});

/** A serialised-index-like text of three lines, ~300 KB, with one entry optionally edited. */
function indexText(edited?: number): string {
  const entries = Array.from({ length: 6000 }, (_, i) =>
    i === edited ? '["edited",{"9":1}]' : `["w${(i * 7919) % 10_007}",{"${i % 89}":${i % 4}}]`,
  );
  return `{"format":4,"names":[${entries.join(',')}]}\n{"m:p1":[1,2]}\n{"details":"${'d'.repeat(20_000)}"}`;
}

const partRows = async (target: KioskDb) =>
  target.meta.where('key').startsWith(SEARCH_PART_PREFIX).primaryKeys();

describe('search index stored as parts', () => {
  it('reads back as the very text stored, and as absent once a part is missing', async () => {
    db = new KioskDb(`search-parts-${process.pid}-${n++}`);
    const text = indexText();
    const stored = await storeSearchText(db, text);
    expect(stored.parts.length).toBeGreaterThan(5);
    await db.meta.put(searchIndexRow('a', 'v1', stored));

    expect(await readSlotSearchIndexJson(db, 'a', 'v1')).toBe(text);
    expect(await readSlotSearchIndexJson(db, 'a', 'v2')).toBeUndefined();
    expect(await readSlotSearchIndexJson(db, 'b', 'v1')).toBeUndefined();
    await db.meta.delete(stored.parts[3]);
    expect(await readSlotSearchIndexJson(db, 'a', 'v1')).toBeUndefined();
  });

  it('writes only the parts an edit touched; the rest stay shared with the previous index', async () => {
    db = new KioskDb(`search-parts-${process.pid}-${n++}`);
    const spy = spyOn(db);
    const before = await storeSearchText(db, indexText());
    expect(spy.putKeys.meta).toHaveLength(new Set(before.parts).size);

    spy.reset();
    const after = await storeSearchText(db, indexText(3000));
    const fresh = after.parts.filter((key) => !before.parts.includes(key));
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.length).toBeLessThanOrEqual(2);
    // Only those rows reached IndexedDB, in one bulk put.
    expect(spy.putKeys.meta?.sort()).toEqual([...new Set(fresh)].sort());
    expect(spy.writes).toEqual(['put:meta']);

    // Storing the same text again writes nothing.
    spy.reset();
    await storeSearchText(db, indexText(3000));
    expect(spy.writes).toEqual([]);
  });

  it('takes the keys of parts it was told of, without hashing them or asking the store', async () => {
    db = new KioskDb(`search-parts-${process.pid}-${n++}`);
    const spy = spyOn(db);
    const before = await storeSearchLines(db, textLines(indexText()));
    const rows = await db.meta.bulkGet(before.parts);
    const known = new Map(rows.map((row, i) => [(row as { text: string }).text, before.parts[i]!]));

    spy.reset();
    expect(await storeSearchLines(db, textLines(indexText()), undefined, known)).toEqual(before);
    expect([...spy.reads, ...spy.writes]).toEqual([]);

    // An edit: the same keys as without `known`, and only the new parts written.
    const edited = await storeSearchLines(db, textLines(indexText(3000)), undefined, known);
    const fresh = edited.parts.filter((key) => !before.parts.includes(key));
    expect(fresh.length).toBeGreaterThan(0);
    expect(spy.putKeys.meta?.sort()).toEqual([...new Set(fresh)].sort());
    await db.meta.bulkDelete(fresh);
    expect(await storeSearchLines(db, textLines(indexText(3000)))).toEqual(edited);
  });

  it('drops exactly the parts no kept index lists', async () => {
    db = new KioskDb(`search-parts-${process.pid}-${n++}`);
    const before = await storeSearchText(db, indexText());
    const after = await storeSearchText(db, indexText(3000));
    const onlyBefore = before.parts.filter((key) => !after.parts.includes(key));
    expect(onlyBefore.length).toBeGreaterThan(0);
    expect(await partRows(db)).toEqual(expect.arrayContaining(onlyBefore));

    await dropUnlistedParts(db, [after]);
    expect((await partRows(db)).sort()).toEqual([...new Set(after.parts)].sort());
    await dropUnlistedParts(db, []);
    expect(await partRows(db)).toEqual([]);
  });
});
