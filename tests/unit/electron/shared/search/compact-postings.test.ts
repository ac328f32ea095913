import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { createSearchIndexJson, loadSearchIndex } from '../../../../../electron/shared/search';
import { compactPostings } from '../../../../../electron/shared/search/compact-postings';
import { updateSearchIndex } from '../../../../../electron/shared/search/update-search-index';
import type { KioskSearchIndex } from '../../../../../electron/shared/search/kiosk-search-index';
import { generateCollection } from '../../../../bench/store/generate-collection';
import { typedQueries } from '../../../../bench/store/typed-queries';
import { searchFixture } from '../../../../fixtures/search/search-fixture';

/** The postings maps of a loaded MiniSearch instance (its internal tree, as compactPostings reads it). */
function postings(index: MiniSearch<never>): unknown[] {
  const tree = (index as unknown as { _index: { values(): Iterable<Map<number, unknown>> } })._index;
  return [...tree.values()].flatMap((fields) => [...fields.values()]);
}

describe('compactPostings (the query copy of the index held compactly)', () => {
  const big = generateCollection(1200, 30);

  it('answers every query with the same hits, scores and order as the index it came from', async () => {
    for (const [input, queries] of [
      [searchFixture, ['kawung', 'pekal', 'mega mendung', 'soga', 'tulis', 'merak', 'biru 1930', 'sogan']],
      [big, typedQueries(big, 300)],
    ] as const) {
      const json = createSearchIndexJson(input);
      const plain = loadSearchIndex(json);
      const compact = loadSearchIndex(json, { queriesOnly: true });
      await Promise.all([plain.whenComplete(), compact.whenComplete()]);
      for (const query of queries) {
        expect(compact.search(query), query).toEqual(plain.search(query));
        expect(compact.suggest(query), query).toEqual(plain.suggest(query));
      }
    }
  });

  it('replaces every postings map of a query-only index once it is complete', async () => {
    const compact = loadSearchIndex(createSearchIndexJson(big), { queriesOnly: true });
    await compact.whenComplete();
    const { names, details } = (compact as KioskSearchIndex).state;
    for (const part of [names, details!] as MiniSearch<never>[]) {
      const maps = postings(part);
      expect(maps.length).toBeGreaterThan(0);
      expect(maps.some((map) => map instanceof Map)).toBe(false);
    }
  });

  it('answers from an updated index, whose replaced pieces left postings behind, as the full copy settles to', async () => {
    // Pieces whose title and description a curator rewrote: the update discards each and adds it
    // anew, and MiniSearch keeps the old postings until a search meets them, then drops them (a
    // write). A query-only copy must neither write to its read-only postings (it threw) nor count
    // the old ones.
    const rewritten = new Set([5, 17, 40]);
    const edited = {
      ...big,
      pieces: big.pieces.map((p, i) =>
        rewritten.has(i)
          ? {
              ...p,
              title: { ...p.title, id: `Zzyzx ${i}`, en: `Zzyzx ${i}` },
              description: { id: 'Qwolt baru.', en: 'Qwolt new.' },
            }
          : p,
      ),
    };
    const updated = updateSearchIndex(createSearchIndexJson(big), edited).toJSON();
    const plain = loadSearchIndex(updated);
    const compact = loadSearchIndex(updated, { queriesOnly: true });
    // Words of the old titles, typed queries (which meet the old descriptions' words too), then
    // the new words; asked before the copy is complete, and again once both parts are read-only.
    const oldWords = [...rewritten].flatMap((i) => big.pieces[i]!.title.id!.split(' '));
    const queries = [...oldWords, ...typedQueries(big, 60), 'zzyzx', 'qwolt'];
    for (const query of queries) expect(() => compact.search(query), query).not.toThrow();
    await Promise.all([plain.whenComplete(), compact.whenComplete()]);
    for (const query of queries) {
      for (let i = 0; i < 10; i++) plain.search(query);
      expect(compact.search(query), query).toEqual(plain.search(query));
    }
    expect(compact.search('zzyzx').map((hit) => hit.id)).toHaveLength(3);
  });

  it('leaves a map whose documents are not in ascending order as it is', () => {
    const index = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
    index.addAll([
      { id: 'a', text: 'kain batik' },
      { id: 'b', text: 'kain' },
    ]);
    const tree = (index as unknown as { _index: Map<string, Map<number, Map<number, number>>> })._index;
    // No loaded index has such a map; one built by hand in another order could.
    const kain = tree.get('kain')!.get(0)!;
    kain.clear();
    kain.set(1, 1).set(0, 1);
    compactPostings(index as MiniSearch<never>);
    expect(tree.get('kain')!.get(0)).toBe(kain);
    expect(tree.get('batik')!.get(0)).not.toBeInstanceOf(Map);
  });
});
