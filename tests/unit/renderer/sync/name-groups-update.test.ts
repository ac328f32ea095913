import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { KioskDb } from '../../../../renderer/db/kiosk-db';
import { searchIndexKey, type SearchIndexRow } from '../../../../renderer/db/meta-rows';
import {
  isCurrentSearchIndexRow,
  lineParts,
  readPointer,
  readSearchIndexJson,
} from '../../../../renderer/db/read';
import { updateSearchIndexPieces } from '../../../../renderer/search';
import { syncCollection } from '../../../../renderer/sync/engine';
import { spyOn } from '../../support/db-spy';
import { compile, MemorySource, piece, rehashed } from '../../support/memory-collection';

let db: KioskDb | undefined;
let n = 0;
afterEach(async () => {
  await db?.delete();
});

const WORDS = ['canting', 'lilin', 'nila', 'soga', 'mori', 'pesisir', 'keraton', 'isen', 'cecek', 'sawat'];

/** Pieces with titles over many first letters (so many groups of terms); `retitle` renames p600. */
const many = (retitle?: string) =>
  Array.from({ length: 1200 }, (_, i) => {
    const title = `${WORDS[i % 10]}${i % 97} Kain ${String.fromCharCode(97 + (i % 26))}ambar ${i}`;
    const record = piece(`p${i}`, i === 600 && retitle ? retitle : title);
    const words = Array.from({ length: 20 }, (_, w) => `${WORDS[(i * 7 + w * 3) % 10]}${(i * w) % 53}`);
    return rehashed({ ...record, description: { id: words.join(' ') } });
  });

async function liveRow(target: KioskDb): Promise<SearchIndexRow> {
  const pointer = (await readPointer(target))!;
  const row = await target.meta.get(searchIndexKey(pointer.slot));
  if (!isCurrentSearchIndexRow(row)) throw new Error('no current search index row');
  return row;
}

/** The text the whole-text update makes of the live index for a sync to `next` (only p600 changed). */
async function wholeUpdate(target: KioskDb, next: ReturnType<typeof many>): Promise<string> {
  const json = (await readSearchIndexJson(target))!;
  const input = { motifs: [], terms: [], makers: [], places: [], synonyms: [], languages: ['id', 'en'] };
  const changed = next.filter((record) => record.id === 'p600');
  return updateSearchIndexPieces(json, input, { pieces: changed, removed: [] }).toJSON();
}

/**
 * Two persisted texts hold the same index: the same head, hashes and details, and the same terms
 * with the same postings. The order of the terms is left out: MiniSearch itself does not keep it
 * through a load and a save (a whole-text update reorders the list), and it only decides the order
 * in which a prefix query's scores are added up.
 */
function expectSameIndex(actual: string, expected: string) {
  const read = (json: string) => {
    const [head, hashes, details] = json.split('\n');
    const parsed = JSON.parse(head!) as { names: { index: [string, unknown][] } };
    const terms = new Map(parsed.names.index);
    expect(terms.size).toBe(parsed.names.index.length);
    return { head: { ...parsed, names: { ...parsed.names, index: terms } }, hashes, details };
  };
  const [a, e] = [read(actual), read(expected)];
  expect(a.hashes === e.hashes && a.details === e.details).toBe(true);
  expect(a.head).toEqual(e.head);
}

describe('a one-title change on an index stored in groups of name terms', () => {
  for (const [label, title] of [
    ['words the index knows', 'Soga12 Kain Cambar'],
    ['a word whose group is new', 'Zzyzx Kain'],
  ] as const) {
    it(`with ${label}: reads and writes only some groups, and stores the index a whole-text update makes`, async () => {
      db = new KioskDb(`name-groups-${process.pid}-${n++}`);
      const spy = spyOn(db);
      const source = new MemorySource(compile({ pieces: many() }, 100));
      await syncCollection(db, source);
      const first = await liveRow(db);
      expect(first.names!.length).toBeGreaterThan(5);
      expect(first.lines).toHaveLength(first.names!.length + 4);
      const expected = await wholeUpdate(db, many(title));

      spy.reset();
      source.current = compile({ pieces: many(title) }, 100);
      await syncCollection(db, source);
      const second = await liveRow(db);
      const read = new Set(spy.getKeys.meta);

      expectSameIndex((await readSearchIndexJson(db))!, expected);
      // Groups of terms the title does not touch were neither read nor written again.
      const groupsOf = (row: SearchIndexRow) => row.names!.map((_, i) => lineParts(row, i + 1).join());
      const readGroups = first.names!.filter((_, i) => lineParts(first, i + 1).some((key) => read.has(key)));
      expect(readGroups.length).toBeGreaterThan(0);
      expect(readGroups.length).toBeLessThan(first.names!.length / 2);
      const keptGroups = groupsOf(second).filter((parts) => groupsOf(first).includes(parts));
      expect(keptGroups.length).toBe(first.names!.length - readGroups.length);
      // Nor were the details.
      expect(lineParts(first, -1).filter((key) => read.has(key))).toEqual([]);
      expect(lineParts(second, -1)).toEqual(lineParts(first, -1));
      if (title.startsWith('Zzyzx')) expect(second.names!.length).toBeGreaterThan(first.names!.length);
    });
  }

  it('a store whose index was stored whole (no groups) is updated from its whole text, then in groups', async () => {
    db = new KioskDb(`name-groups-${process.pid}-${n++}`);
    const source = new MemorySource(compile({ pieces: many() }, 100));
    await syncCollection(db, source);
    // What the previous layout left: the same text in three lines, no `names`.
    const { names: _names, ...row } = await liveRow(db);
    const json = (await readSearchIndexJson(db))!;
    const lines = json.split('\n');
    const parts = lines.map((line, i) => ({
      key: `searchpart:legacy-${i}-${(line.length + (i < 2 ? 1 : 0)).toString(36)}` as const,
      text: i < 2 ? `${line}\n` : line,
    }));
    await db.meta.bulkPut([...parts, { ...row, parts: parts.map((p) => p.key), lines: [1, 1, 1] }]);
    const expected = await wholeUpdate(db, many('Soga12 Kain Cambar'));

    source.current = compile({ pieces: many('Soga12 Kain Cambar') }, 100);
    await syncCollection(db, source);
    expectSameIndex((await readSearchIndexJson(db))!, expected);
    expect((await liveRow(db)).names!.length).toBeGreaterThan(5);
  });
});
