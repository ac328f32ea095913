import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import {
  loadPackedPart,
  loadPackedPartJsonAsync,
  packedPartJson,
  packFrequencies,
  type PackedPart,
} from '../../../../../electron/shared/search/packed-postings';

type Doc = { id: string; title: string; text: string };
const OPTIONS = { fields: ['title', 'text'], idField: 'id' };

/** Deterministic documents over a small vocabulary: terms repeat within and across documents. */
function documents(count: number, vocabulary = 400): Doc[] {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const word = () => `w${Math.floor(next() ** 2 * vocabulary).toString(36)}`;
  return Array.from({ length: count }, (_, i) => ({
    id: `p:${i}`,
    title: Array.from({ length: 3 }, word).join(' '),
    text: Array.from({ length: 30 }, word).join(' '),
  }));
}

/** An index with a history: documents removed and replaced leave gaps and late short ids. */
function builtIndex(count: number, vocabulary?: number): MiniSearch<Doc> {
  const docs = documents(count, vocabulary);
  const index = new MiniSearch<Doc>(OPTIONS);
  index.addAll(docs);
  for (let i = 0; i < count; i += 7) index.discard(docs[i]!.id);
  for (let i = 0; i < count; i += 14) index.add({ ...docs[i]!, title: `${docs[i]!.title} w0 w0 w0` });
  return index;
}

describe('packed postings (the persisted form of a part from format 6)', () => {
  it('packs documents as base-36 distances, with a count only where it is not one', () => {
    expect(packFrequencies([3, 5, 40, 1000], [1, 2, 1, 37])).toBe('3,2:2,z,qo:11');
    expect(packFrequencies([0], [1])).toBe('0');
    expect(packFrequencies([], [])).toBe('');
  });

  it('loads into the instance MiniSearch loads from its own JSON: same content, same answers', () => {
    const index = builtIndex(600);
    const own = MiniSearch.loadJSON<Doc>(JSON.stringify(index), OPTIONS);
    const packed = loadPackedPart<Doc>(JSON.parse(packedPartJson(index)) as PackedPart, OPTIONS);
    expect(packed.toJSON()).toEqual(own.toJSON());
    expect(JSON.stringify(packed)).toBe(JSON.stringify(own));
    for (const query of ['w0', 'w1 w2', 'w3'])
      expect(packed.search(query, { prefix: true })).toEqual(own.search(query, { prefix: true }));
    // Which covers counts above one (the replaced documents' titles hold w0 at least three times).
    expect(JSON.stringify(index)).toMatch(/"\d+":[3-9]/);
  });

  it("still loads MiniSearch's own postings (formats 4 and 5)", () => {
    const index = builtIndex(300);
    const own = MiniSearch.loadJSON<Doc>(JSON.stringify(index), OPTIONS);
    expect(loadPackedPart<Doc>(index.toJSON(), OPTIONS).toJSON()).toEqual(own.toJSON());
  });

  it('loads the same in batches, yielding between them', async () => {
    const index = builtIndex(1500, 3000);
    const json = packedPartJson(index);
    expect(index.termCount).toBeGreaterThan(1000);
    const sync = loadPackedPart<Doc>(JSON.parse(json) as PackedPart, OPTIONS);
    let yielded = 0;
    const timer = setInterval(() => yielded++, 0);
    const batched = await loadPackedPartJsonAsync<Doc>(json, OPTIONS);
    clearInterval(timer);
    expect(JSON.stringify(batched)).toBe(JSON.stringify(sync));
    expect(yielded).toBeGreaterThan(0);
  });

  it('is a fraction of the text MiniSearch writes', () => {
    const index = builtIndex(3000);
    expect(packedPartJson(index).length).toBeLessThan(0.5 * JSON.stringify(index).length);
  });
});
