import { describe, expect, it } from 'vitest';
import {
  createSearchIndex,
  loadSearchIndex,
  updateSearchIndex,
  type SearchIndex,
} from '../../../../../electron/shared/search';
import type { KioskSearchIndex } from '../../../../../electron/shared/search/kiosk-search-index';
import { createTermExpander } from '../../../../../electron/shared/search/term-expander';
import { editDistance } from '../../../../../electron/shared/search/suggest-vocabulary';
import { searchFixture } from '../../../../fixtures/search/search-fixture';

const index = createSearchIndex(searchFixture);

describe('search index', () => {
  it('gives identical hits and scores for old and new spellings (exact, not fuzzy, matches)', () => {
    for (const [old, current] of [
      ['Soerakarta', 'Surakarta'],
      ['Kedoengwoeni', 'Kedungwuni'],
      ['Tjirebon', 'Cirebon'],
      ['Djawa Hokokai', 'Jawa Hokokai'],
    ]) {
      expect(index.search(old), old).toEqual(index.search(current));
    }
  });

  it('restricts to the requested kinds and limit', () => {
    const motifs = index.search('pekalongan', { kinds: ['motif'] });
    expect(motifs.length).toBeGreaterThan(0);
    expect(motifs.every((hit) => hit.kind === 'motif')).toBe(true);
    expect(index.search('pekalongan', { limit: 2 })).toHaveLength(2);
  });

  it('returns one shared frozen empty array when nothing matches', () => {
    const none = index.search('qqqqzzzz');
    expect(none).toHaveLength(0);
    expect(Object.isFrozen(none)).toBe(true);
    expect(index.search('  -- ')).toBe(none);
    expect(index.search('xxxxwwww')).toBe(none);
  });

  it('falls back to any-word matching when not every word matches', () => {
    const hits = index.search('truntum qqqqzzzz');
    expect(hits.map((hit) => hit.id)).toContain('truntum-solo');
  });

  it('ranks a title match above a description-only match', () => {
    // "soga" is in kawung-solo's summary and in many colour labels, but no title says soga:
    // a title word must win over the same word in a summary.
    const hits = index.search('kawung', { kinds: ['piece'] });
    expect(hits[0].id).toMatch(/kawung/);
  });

  it('survives toJSON / loadSearchIndex with identical results', async () => {
    const loaded = loadSearchIndex(index.toJSON());
    await loaded.whenComplete();
    for (const query of ['jlam', 'Djokjakarta', 'mega mendung', 'MBP.2006', 'sogan', 'kawug']) {
      const before = index.search(query);
      const after = loaded.search(query);
      expect(
        after.map((hit) => `${hit.kind}:${hit.id}`),
        query,
      ).toEqual(before.map((hit) => `${hit.kind}:${hit.id}`));
      // Scores may differ in the last bits: the serialised field-length averages are rounded.
      after.forEach((hit, i) => expect(hit.score).toBeCloseTo(before[i].score, 6));
    }
    expect(loaded.suggest('batk')).toEqual(index.suggest('batk'));
  });

  it('answers names, accession numbers and years at once after loading, details once the background load is done', async () => {
    const loaded = loadSearchIndex(index.toJSON());
    expect(loaded.search('truntum').map((hit) => hit.id)).toContain('truntum-solo');
    expect(loaded.search('MBP.2006.0001')[0].id).toBe('jlamprang-1900');
    expect(loaded.search('1900').map((hit) => hit.id)).toContain('jlamprang-1900');
    expect(loaded.search('ovals')).toEqual([]);
    await loaded.whenComplete();
    expect(loaded.search('ovals')[0].id).toBe('kawung-solo');
  });

  it('a query-only copy lets the persisted text go once complete, answers the same, and will not serialise', async () => {
    const loaded = loadSearchIndex(index.toJSON(), { queriesOnly: true }) as KioskSearchIndex;
    await loaded.whenComplete();
    expect(loaded.state.detailsJson).toBeUndefined();
    expect(loaded.state.hashesJson).toBeUndefined();
    expect(loaded.search('MBP.2006.0001')[0].id).toBe('jlamprang-1900');
    expect(() => loaded.toJSON()).toThrow(/queries only/);
  });

  it('refuses JSON that is not a persisted index, saying what it expected', () => {
    expect(() => loadSearchIndex('{"hello":1}')).toThrow(/not a search index of format \d+/);
    // Read in two, the first text must end where the details part begins: after a newline.
    const json = index.toJSON();
    const front = json.slice(0, json.lastIndexOf('\n'));
    expect(() => loadSearchIndex({ front, details: Promise.resolve('') })).toThrow(/not a search index/);
  });

  it('read in two, answers names before its details arrive and then the same as the whole text', async () => {
    const json = index.toJSON();
    const cut = json.lastIndexOf('\n') + 1;
    let arrive!: (text: string) => void;
    const details = new Promise<string>((resolve) => (arrive = resolve));
    const split = loadSearchIndex({ front: json.slice(0, cut), details }, { queriesOnly: true });
    expect(split.search('truntum').map((hit) => hit.id)).toContain('truntum-solo');
    expect(split.search('MBP.2006.0001')[0].id).toBe('jlamprang-1900');
    expect(split.search('ovals')).toEqual([]);
    arrive(json.slice(cut));
    await split.whenComplete();
    const whole = loadSearchIndex(json);
    await whole.whenComplete();
    for (const query of ['ovals', 'jlam', 'mega mendung', 'sogan', 'kawug'])
      expect(split.search(query), query).toEqual(whole.search(query));
  });

  it('read in two whose details could not be had, keeps answering names and says why it is incomplete', async () => {
    const json = index.toJSON();
    const cut = json.lastIndexOf('\n') + 1;
    const split = loadSearchIndex({ front: json.slice(0, cut), details: Promise.resolve(undefined) });
    await expect(split.whenComplete()).rejects.toThrow(/details part could not be read/);
    expect(split.search('truntum').map((hit) => hit.id)).toContain('truntum-solo');
    expect(split.search('ovals')).toEqual([]);
    expect(() => split.toJSON()).toThrow(/details part is not loaded/);
  });
});

describe('suggest', () => {
  it('offers the nearest known words, in a recognisable spelling, only when they find something', () => {
    expect(index.search('sgoa')).toHaveLength(0);
    expect(index.suggest('sgoa')).toContain('soga');
    const suggestions = index.suggest('batk');
    expect(suggestions[0]).toBe('batik');
    for (const phrase of suggestions) expect(index.search(phrase).length).toBeGreaterThan(0);
  });

  it('keeps words that already match and replaces only the unknown one', () => {
    expect(index.suggest('lasem gentogn xq')).toEqual([]);
    expect(index.suggest('truntum sgoa')).toContain('truntum soga');
  });

  it('has nothing to offer for gibberish or an empty query', () => {
    expect(index.suggest('qqqqzzzz')).toEqual([]);
    expect(index.suggest('')).toEqual([]);
  });
});

describe('term expander', () => {
  const expander = createTermExpander({
    synonyms: [
      ['soga', 'sogan', 'coklat'],
      ['mega mendung', 'awan'],
    ],
    compounds: ['Mega Mendung'],
  });

  it('adds joined neighbours only when asked', () => {
    expect(expander.terms('mega mendung biru', true)).toEqual(
      expect.arrayContaining(['mega', 'mendung', 'biru', 'megamendung', 'mendungbiru']),
    );
    expect(expander.terms('kain mendung biru', false)).toEqual(['kain', 'mendung', 'biru']);
  });

  it('splits known compounds and adds whole synonym groups, phrases included', () => {
    expect(expander.terms('Megamendung', false)).toEqual(expect.arrayContaining(['mega', 'mendung', 'awan']));
    expect(expander.terms('kain sogan', false)).toEqual(expect.arrayContaining(['soga', 'coklat']));
    expect(expander.terms('awan', false)).toEqual(['awan', 'megamendung']);
  });
});

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit and stops early past the limit', () => {
    expect(editDistance('sgoa', 'soga', 3)).toBe(1);
    expect(editDistance('kawn', 'kawung', 3)).toBe(2);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('updateSearchIndex', () => {
  const ids = (index: SearchIndex, query: string) =>
    index.search(query).map((hit) => `${hit.kind}:${hit.id}`);
  const base = createSearchIndex(searchFixture);

  it('applies changed, added and removed pieces like a fresh build would', async () => {
    const [first, second, ...rest] = searchFixture.pieces;
    const changed = { ...first, title: { ...first.title, en: 'Renamed heirloom cloth' } };
    const added = {
      ...second,
      id: 'added-piece',
      accession: 'MBP.2030.0001',
      title: { id: 'Kain tambahan Zebrafish' },
    };
    const input = { ...searchFixture, pieces: [changed, ...rest, added] };
    const updated = updateSearchIndex(base.toJSON(), input);
    await updated.whenComplete();
    const fresh = createSearchIndex(input);
    for (const query of ['heirloom', 'zebrafish', 'MBP.2030', 'bouquet', 'jlamprang', 'MBP.2006.0002']) {
      expect(ids(updated, query), query).toEqual(ids(fresh, query));
    }
    expect(ids(updated, 'heirloom')).toEqual(['piece:jlamprang-1900']);
    expect(ids(updated, 'MBP.2006.0002')).not.toContain('piece:buketan-van-zuylen');
    // Survives its own round trip.
    const reloaded = loadSearchIndex(updated.toJSON());
    await reloaded.whenComplete();
    expect(ids(reloaded, 'zebrafish')).toEqual(['piece:added-piece']);
  });

  it('keeps the serialised details part verbatim when only a title changed', () => {
    const textPart = (json: string) => json.slice(json.lastIndexOf('\n') + 1);
    const before = textPart(base.toJSON());
    const [first, ...rest] = searchFixture.pieces;
    const input = { ...searchFixture, pieces: [{ ...first, title: { id: 'Judul baru' } }, ...rest] };
    const after = textPart(updateSearchIndex(base.toJSON(), input).toJSON());
    expect(after.length).toBeGreaterThan(100);
    expect(after).toBe(before);
  });

  it('rebuilds when the synonyms change', () => {
    const input = { ...searchFixture, synonyms: [...searchFixture.synonyms, ['truntum', 'bintang kecil']] };
    expect(ids(base, 'bintang kecil')).not.toContain('piece:truntum-solo');
    expect(ids(updateSearchIndex(base.toJSON(), input), 'bintang kecil')).toContain('piece:truntum-solo');
  });
});
