import { describe, expect, it } from 'vitest';
import {
  createSearchIndexJson,
  cutNameGroups,
  groupsToRead,
  loadSearchIndex,
  updateSearchIndexInGroups,
  updateSearchIndexPieces,
  type PieceChanges,
} from '../../../../../electron/shared/search';
import { documentGroup } from '../../../../../electron/shared/search/document-groups';
import { generateCollection } from '../../../../bench/store/generate-collection';

const collection = generateCollection(1200, 30);
const { pieces, ...vocabularies } = collection;
const json = createSearchIndexJson(collection);
const lines = json.split('\n');
const GROUPS = 1 + Math.ceil(1200 / 128);

/** The grouped update of `json` as the sync runs it: reading only the groups the change asks for. */
async function updateInGroups(changes: PieceChanges) {
  const cut = cutNameGroups(lines[0]!, 0)!;
  const ids = [...changes.pieces.map((piece) => piece.id), ...changes.removed];
  const read = groupsToRead(ids, GROUPS);
  const documents = new Map([...read].map((group) => [group, lines[1 + group]!]));
  const asked: string[] = [];
  const updated = await updateSearchIndexInGroups(
    { head: cut.before + cut.after, documents },
    vocabularies,
    changes,
    async (keys) => {
      asked.push(...keys);
      return cut.groups.filter((group) => keys.has(group.keys[0]!)).map((group) => group.text);
    },
  );
  return { updated, read, asked };
}

/** The head without its term list, the terms as a map, the document lines, the details. */
function parts(text: string) {
  const all = text.split('\n');
  const head = JSON.parse(all[0]!) as { names: { index: [string, unknown][] } };
  const terms = new Map(head.names.index);
  return { head: { ...head, names: { ...head.names, index: [] } }, terms, documents: all.slice(1, -1) };
}

describe('updateSearchIndexInGroups (an index stored in groups of documents)', () => {
  const retitled = { ...pieces[10]!, title: { id: 'Kain Zzyzx baru' } };
  const redated = { ...pieces[700]!, accession: 'ZZ.2031.0007', dated: { from: 1931, to: 1931 } };
  const same = pieces[400]!;

  it('writes, for the groups it read, what the whole-text update writes; the others stay as they were', async () => {
    const changes = { pieces: [retitled, redated, same], removed: [] };
    const { updated, read, asked } = await updateInGroups(changes);
    const whole = parts(updateSearchIndexPieces(json, vocabularies, changes).toJSON());
    expect(read.size).toBeLessThanOrEqual(4);
    expect(read).toEqual(
      new Set([0, ...changes.pieces.map((piece) => documentGroup(`p:${piece.id}`, GROUPS))]),
    );
    for (let group = 0; group < GROUPS; group++) {
      const line = updated.documents.get(group) ?? lines[1 + group];
      expect(line, `group ${group}`).toBe(whole.documents[group]);
    }
    expect(updated.documents.get(documentGroup(`p:${same.id}`, GROUPS))).toBe(
      lines[1 + documentGroup(`p:${same.id}`, GROUPS)],
    );
    // The head is the whole update's but for the terms, which are the ones read and updated.
    const mine = parts(updated.head);
    expect(mine.head).toEqual(whole.head);
    expect(mine.terms.size).toBeGreaterThan(0);
    expect(mine.terms.size).toBeLessThan(whole.terms.size / 4);
    for (const [term, postings] of mine.terms) expect(postings, term).toEqual(whole.terms.get(term));
    expect(asked.length).toBeGreaterThan(0);
  });

  it('loads, joined with what was not read, into an index that answers as the whole-text update does', async () => {
    const changes = { pieces: [retitled, redated], removed: [] };
    const { updated } = await updateInGroups(changes);
    const base = parts(json);
    const mine = parts(updated.head);
    const terms = new Map([...base.terms, ...mine.terms]);
    const head = JSON.stringify({ ...mine.head, names: { ...mine.head.names, index: [...terms] } });
    const documents = lines.slice(1, -1).map((line, group) => updated.documents.get(group) ?? line);
    const joined = loadSearchIndex([head, ...documents, lines.at(-1)].join('\n'));
    const whole = updateSearchIndexPieces(json, vocabularies, changes);
    await Promise.all([joined.whenComplete(), whole.whenComplete()]);
    for (const query of ['zzyzx', 'kain baru', 'ZZ.2031.0007', '1931', pieces[10]!.accession, 'batik'])
      expect(joined.search(query), query).toEqual(whole.search(query));
  });

  it('refuses what needs the details or a group it was not given: an added, a removed, a redescribed piece', async () => {
    const added = { ...pieces[3]!, id: 'added-piece' };
    const redescribed = { ...pieces[20]!, description: { id: 'Uraian yang sama sekali baru' } };
    await expect(updateInGroups({ pieces: [added], removed: [] })).rejects.toThrow();
    await expect(updateInGroups({ pieces: [], removed: [pieces[5]!.id] })).rejects.toThrow();
    await expect(updateInGroups({ pieces: [redescribed], removed: [] })).rejects.toThrow();
    const cut = cutNameGroups(lines[0]!, 0)!;
    const notRead = updateSearchIndexInGroups(
      { head: cut.before + cut.after, documents: new Map([[0, lines[1]!]]) },
      vocabularies,
      { pieces: [retitled], removed: [] },
      async () => [],
    );
    await expect(notRead).rejects.toThrow(/was not read/);
  });
});
