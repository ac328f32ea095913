import { describe, expect, it } from 'vitest';
import {
  createSearchIndex,
  loadSearchIndex,
  updateSearchIndexPieces,
  type SearchIndex,
} from '../../../../../electron/shared/search';
import { searchFixture } from '../../../../fixtures/search/search-fixture';

const ids = (index: SearchIndex, query: string) => index.search(query).map((hit) => `${hit.kind}:${hit.id}`);
const { pieces: _all, ...vocabularies } = searchFixture;

describe('updateSearchIndexPieces (a sync that changed only pieces)', () => {
  const base = createSearchIndex(searchFixture);
  const [first, second, third, ...rest] = searchFixture.pieces;
  const changed = { ...first, title: { ...first.title, en: 'Renamed heirloom cloth' } };
  const added = {
    ...second,
    id: 'added-piece',
    accession: 'MBP.2030.0001',
    title: { id: 'Kain tambahan Zebrafish' },
  };

  it('gives the hits of a fresh build from only the written pieces and the removed ids', async () => {
    // `second` is removed, `third` is written unchanged (it moved to another chunk).
    const updated = updateSearchIndexPieces(base.toJSON(), vocabularies, {
      pieces: [changed, third, added],
      removed: [second.id],
    });
    await updated.whenComplete();
    const fresh = createSearchIndex({ ...searchFixture, pieces: [changed, third, ...rest, added] });
    const queries = ['heirloom', 'zebrafish', 'MBP.2030', 'bouquet', 'jlamprang', 'kawung', second.accession];
    for (const query of queries) expect(ids(updated, query), query).toEqual(ids(fresh, query));
    expect(ids(updated, 'heirloom')).toEqual([`piece:${first.id}`]);
    expect(ids(updated, second.accession)).not.toContain(`piece:${second.id}`);

    const reloaded = loadSearchIndex(updated.toJSON());
    await reloaded.whenComplete();
    expect(ids(reloaded, 'zebrafish')).toEqual(['piece:added-piece']);
    // "Did you mean" knows the new words after the update, as after a fresh build.
    expect(fresh.suggest('zebrfsh')).toContain('zebrafish');
    expect(reloaded.suggest('zebrfsh')).toEqual(fresh.suggest('zebrfsh'));
  });

  it('follows a new date and a new accession number, which only the numbers part holds', () => {
    const year = first.production.date.earliest!;
    const redated = {
      ...first,
      accession: 'XY-77-0001',
      production: {
        ...first.production,
        date: { display: { id: 'sekitar 1777' }, earliest: 1777, latest: 1777 },
      },
    };
    const updated = updateSearchIndexPieces(base.toJSON(), vocabularies, { pieces: [redated], removed: [] });
    const fresh = createSearchIndex({ ...searchFixture, pieces: [redated, second, third, ...rest] });
    for (const query of ['1777', 'xy 77', '77 0001', first.accession, String(year)]) {
      expect(ids(updated, query), query).toEqual(ids(fresh, query));
    }
    expect(ids(updated, '1777')[0]).toBe(`piece:${first.id}`);
    expect(ids(updated, 'xy 77 1')).toEqual([`piece:${first.id}`]);
    expect(ids(updated, first.accession)).not.toContain(`piece:${first.id}`);
    // Removed pieces leave the numbers part too.
    const removed = updateSearchIndexPieces(updated.toJSON(), vocabularies, {
      pieces: [],
      removed: [first.id],
    });
    expect(ids(removed, '1777')).not.toContain(`piece:${first.id}`);
    expect(ids(removed, 'xy 77')).toEqual([]);
  });

  it('ignores removed ids it never indexed, and a no-op change leaves the hits alone', async () => {
    const updated = updateSearchIndexPieces(base.toJSON(), vocabularies, { pieces: [], removed: ['nope'] });
    await updated.whenComplete();
    for (const query of ['jlamprang', 'truntum', 'MBP.2006.0001']) {
      expect(ids(updated, query), query).toEqual(ids(base, query));
    }
  });

  it('reuses an index built from the same records in another order (stream vs slot order)', () => {
    const reordered = createSearchIndex({
      ...searchFixture,
      motifs: [...searchFixture.motifs].reverse(),
      places: [...searchFixture.places].reverse(),
    });
    const updated = updateSearchIndexPieces(reordered.toJSON(), vocabularies, {
      pieces: [changed],
      removed: [],
    });
    expect(ids(updated, 'heirloom')).toEqual([`piece:${first.id}`]);
  });

  it('refuses (so the caller rebuilds) when the synonyms changed', () => {
    const synonyms = [...searchFixture.synonyms, ['truntum', 'bintang kecil']];
    expect(() =>
      updateSearchIndexPieces(base.toJSON(), { ...vocabularies, synonyms }, { pieces: [], removed: [] }),
    ).toThrow(/cannot be updated/);
  });
});
