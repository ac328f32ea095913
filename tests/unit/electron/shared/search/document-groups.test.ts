import { describe, expect, it } from 'vitest';
import { createSearchIndexJson, loadSearchIndex } from '../../../../../electron/shared/search';
import {
  documentGroup,
  documentGroupCount,
  documentGroupLines,
  readDocumentGroups,
} from '../../../../../electron/shared/search/document-groups';
import { parsePersisted } from '../../../../../electron/shared/search/persisted-index';
import { searchFixture } from '../../../../fixtures/search/search-fixture';
import { generateCollection } from '../../../../bench/store/generate-collection';
import { formatFiveText, formatFourText } from '../../../support/format-four';

describe('document groups (the per-document tables in groups)', () => {
  it('puts the motifs in group 0 and spreads the pieces over the others by their id alone', () => {
    expect(documentGroupCount(0)).toBe(2);
    expect(documentGroupCount(10_000)).toBe(1 + 79);
    expect(documentGroup('m:parang', 80)).toBe(0);
    const counts = new Array<number>(80).fill(0);
    for (let i = 0; i < 10_000; i++) counts[documentGroup(`p:P-${i}`, 80)]!++;
    expect(counts[0]).toBe(0);
    // Roughly even: no group holds more than twice its share.
    expect(Math.max(...counts.slice(1))).toBeLessThan((2 * 10_000) / 79);
    expect(documentGroup('p:P-17', 80)).toBe(documentGroup('p:P-17', 80));
  });

  it('are lines of the persisted text that read back into the very tables written', () => {
    const { input, groups } = { input: generateCollection(600, 20), groups: documentGroupCount(600) };
    const json = createSearchIndexJson(input);
    const lines = json.split('\n');
    expect(lines).toHaveLength(groups + 2);
    const parsed = parsePersisted(json)!;
    const tables = { ...parsed.head.names, ...parsed.head, hashes: parsed.hashes! };
    expect(documentGroupLines(tables, groups)).toEqual(lines.slice(1, -1));
    // Each line holds its group's documents only, and reading a few lines gives just those.
    const some = readDocumentGroups([lines[1]!, lines[3]!]);
    const ids = Object.keys(some.hashes);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => [0, 2].includes(documentGroup(id, groups)))).toBe(true);
    expect(documentGroupLines(some, groups, new Set([0, 2]))).toEqual([
      lines[1],
      undefined,
      lines[3],
      ...new Array<undefined>(groups - 3).fill(undefined),
    ]);
  });

  it.each([
    ['4 (tables in the head, a hashes line)', formatFourText],
    ['5 (document groups, MiniSearch postings)', formatFiveText],
  ])('format %s still loads, with the same answers', async (_format, oldText) => {
    const json = createSearchIndexJson(searchFixture);
    const before = oldText(json);
    // A term's postings: MiniSearch's objects before, packed text now.
    const objectPostings = /\["[a-z0-9]+",\{"\d+":\{"\d+":\d+/;
    expect(before).toMatch(objectPostings);
    expect(json).not.toMatch(objectPostings);
    const [current, old] = [loadSearchIndex(json), loadSearchIndex(before)];
    await Promise.all([current.whenComplete(), old.whenComplete()]);
    for (const query of [
      'kawung',
      'jlamprang',
      'lasem',
      '1900',
      'sarung',
      'MBP',
      searchFixture.pieces[3]!.accession,
    ])
      expect(old.search(query), query).toEqual(current.search(query));
    expect(old.suggest('kawnug')).toEqual(current.suggest('kawnug'));
    // Written again, it is format 6 (what the same index loaded from format 6 writes) but for the
    // details part, kept as stored until it changes; that text loads with the same answers.
    const written = old.toJSON();
    const details = (text: string) => text.slice(text.lastIndexOf('\n') + 1);
    const front = (text: string) => text.slice(0, text.lastIndexOf('\n') + 1);
    expect(front(written)).toBe(front(current.toJSON()));
    expect(details(written)).toBe(details(before));
    const again = loadSearchIndex(written);
    await again.whenComplete();
    expect(current.search('kawung sarung').length).toBeGreaterThan(0);
    expect(again.search('kawung sarung')).toEqual(current.search('kawung sarung'));
  });
});
