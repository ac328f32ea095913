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
import { loadSearchIndex, updateSearchIndexPieces } from '../../../../electron/shared/search';
import { documentGroup } from '../../../../electron/shared/search/document-groups';
import { storeSearchText } from '../../../../renderer/sync/search-parts-writer';
import { searchIndexRow } from '../../../../renderer/sync/stored-search-index';
import { formatFourText } from '../../support/format-four';
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
async function wholeUpdate(
  target: KioskDb,
  next: ReturnType<typeof many>,
  written = ['p600'],
  removed: string[] = [],
): Promise<string> {
  const json = (await readSearchIndexJson(target))!;
  const input = { motifs: [], terms: [], makers: [], places: [], synonyms: [], languages: ['id', 'en'] };
  // In the order given: it decides the short ids the new documents get.
  const changed = written.map((id) => next.find((record) => record.id === id)!);
  return updateSearchIndexPieces(json, input, { pieces: changed, removed }).toJSON();
}

/**
 * Two persisted texts hold the same index: the same head, document groups and details, and the
 * same terms with the same postings. The order of the terms is left out: MiniSearch itself does
 * not keep it through a load and a save (a whole-text update reorders the list), and it only
 * decides the order in which a prefix query's scores are added up.
 */
function expectSameIndex(actual: string, expected: string) {
  const read = (json: string) => {
    const lines = json.split('\n');
    const parsed = JSON.parse(lines[0]!) as { names: { index: [string, unknown][] } };
    const terms = new Map(parsed.names.index);
    expect(terms.size).toBe(parsed.names.index.length);
    const head = { ...parsed, names: { ...parsed.names, index: terms } };
    return { head, documents: lines.slice(1, -1), details: lines.at(-1) };
  };
  const [a, e] = [read(actual), read(expected)];
  expect(a.details === e.details).toBe(true);
  expect(a.documents).toEqual(e.documents);
  expect(a.head).toEqual(e.head);
}

/** The document group lines of `row` whose parts were read (`read`: the keys asked for). */
function documentGroupsRead(row: SearchIndexRow, read: ReadonlySet<string>): number[] {
  const first = row.names!.length + 2;
  return Array.from({ length: row.documentGroups! }, (_, g) => g).filter((g) =>
    lineParts(row, first + g).some((key) => read.has(key)),
  );
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
      expect(first.documentGroups).toBe(1 + Math.ceil(1200 / 128));
      expect(first.lines).toHaveLength(first.names!.length + 3 + first.documentGroups!);
      const expected = await wholeUpdate(db, many(title));

      spy.reset();
      source.current = compile({ pieces: many(title) }, 100);
      await syncCollection(db, source);
      const second = await liveRow(db);
      const read = new Set<string>(spy.getKeys.meta as string[]);

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
      // Of the document groups, only the motifs' (empty here) and p600's were read and written.
      expect(documentGroupsRead(first, read)).toEqual([0, documentGroup('p:p600', first.documentGroups!)]);
      const documentLines = (row: SearchIndexRow) =>
        Array.from({ length: row.documentGroups! }, (_, g) =>
          lineParts(row, row.names!.length + 2 + g).join(),
        );
      const changedLines = documentLines(second).filter((parts, g) => parts !== documentLines(first)[g]);
      expect(changedLines).toHaveLength(1);
    });
  }

  it('a sync that adds, removes and changes pieces stores what the whole-text update makes, still in groups', async () => {
    db = new KioskDb(`name-groups-${process.pid}-${n++}`);
    const spy = spyOn(db);
    const source = new MemorySource(compile({ pieces: many() }, 100));
    await syncCollection(db, source);
    const first = await liveRow(db);
    // p5 leaves, p1200 arrives, p600 is retitled: the details change, so the whole text is updated.
    const extra = rehashed({ ...piece('p1200', 'Kain Tambahan'), description: { id: 'baru' } });
    const next = [...many('Soga12 Kain Cambar').filter((record) => record.id !== 'p5'), extra];
    // The sync hands over the written pieces in this order (the new chunk's piece first).
    const expected = await wholeUpdate(db, next, ['p1200', 'p600'], ['p5']);
    source.current = compile({ pieces: next }, 100);
    await syncCollection(db, source);
    expectSameIndex((await readSearchIndexJson(db))!, expected);
    const second = await liveRow(db);
    expect(second.documentGroups).toBe(first.documentGroups);
    const loaded = loadSearchIndex((await readSearchIndexJson(db))!);
    await loaded.whenComplete();
    expect(loaded.search('tambahan').map((hit) => hit.id)).toEqual(['p1200']);
    expect(loaded.search('T.p5').map((hit) => hit.id)).not.toContain('p5');

    // The next title change is made in groups again: two document groups read.
    const renamed = next.map((record) =>
      record.id === 'p1200' ? rehashed({ ...record, title: { id: 'Zzyzx' } }) : record,
    );
    const again = await wholeUpdate(db, renamed, ['p1200']);
    spy.reset();
    source.current = compile({ pieces: renamed }, 100);
    await syncCollection(db, source);
    const read = new Set<string>(spy.getKeys.meta as string[]);
    expectSameIndex((await readSearchIndexJson(db))!, again);
    expect(documentGroupsRead(second, read)).toEqual([0, documentGroup('p:p1200', second.documentGroups!)]);
  });

  it('a store whose index was stored whole (no groups) is updated from its whole text, then in groups', async () => {
    db = new KioskDb(`name-groups-${process.pid}-${n++}`);
    const source = new MemorySource(compile({ pieces: many() }, 100));
    await syncCollection(db, source);
    // What the previous layout left: the same text in three lines, no `names`.
    const { names: _names, documentGroups: _groups, ...row } = await liveRow(db);
    const json = formatFourText((await readSearchIndexJson(db))!);
    const lines = json.split('\n');
    const parts = lines.map((line, i) => ({
      key: `searchpart:legacy-${i}-${(line.length + (i < 2 ? 1 : 0)).toString(36)}` as const,
      text: i < 2 ? `${line}\n` : line,
    }));
    const chars = parts.reduce((sum, part) => sum + part.text.length, 0);
    await db.meta.bulkPut([...parts, { ...row, parts: parts.map((p) => p.key), lines: [1, 1, 1], chars }]);
    const expected = await wholeUpdate(db, many('Soga12 Kain Cambar'));

    source.current = compile({ pieces: many('Soga12 Kain Cambar') }, 100);
    await syncCollection(db, source);
    expectSameIndex((await readSearchIndexJson(db))!, expected);
    const updated = await liveRow(db);
    expect(updated.names!.length).toBeGreaterThan(5);
    expect(updated.documentGroups).toBeGreaterThan(5);
  });

  it('a store of format 4 (stored cut around its name terms, with a hashes line) loads, and its next change stores format 5', async () => {
    db = new KioskDb(`name-groups-${process.pid}-${n++}`);
    const source = new MemorySource(compile({ pieces: many() }, 100));
    await syncCollection(db, source);
    const pointer = (await readPointer(db))!;
    const current = (await readSearchIndexJson(db))!;
    // What format 4 stored: head cut around its term groups, then the hashes and the details.
    const old = formatFourText(current);
    const stored = await storeSearchText(db, old);
    expect(stored.documentGroups).toBeUndefined();
    expect(stored.lines).toHaveLength(stored.names!.length + 4);
    await db.meta.put(searchIndexRow(pointer.slot, pointer.version, stored));
    // The query worker's copy loads it and answers as the index of format 5 does.
    expect(await readSearchIndexJson(db)).toBe(old);
    const [fromOld, fromNew] = [loadSearchIndex(old), loadSearchIndex(current)];
    await Promise.all([fromOld.whenComplete(), fromNew.whenComplete()]);
    for (const query of ['soga12', 'kain cambar', 'T.p600', 'lilin', 'zzz'])
      expect(fromOld.search(query)).toEqual(fromNew.search(query));
    // A sync with nothing changed leaves it as it is.
    await syncCollection(db, source);
    expect(await readSearchIndexJson(db)).toBe(old);

    const expected = await wholeUpdate(db, many('Zzyzx Kain'));
    source.current = compile({ pieces: many('Zzyzx Kain') }, 100);
    await syncCollection(db, source);
    expectSameIndex((await readSearchIndexJson(db))!, expected);
    expect((await liveRow(db)).documentGroups).toBe(1 + Math.ceil(1200 / 128));
  });
});
