import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { KioskDb } from '../../../../renderer/db/kiosk-db';
import { readSearchIndexJson } from '../../../../renderer/db/read';
import { loadSearchIndex } from '../../../../electron/shared/search';
import { syncCollection } from '../../../../renderer/sync/engine';
import { compile, MemorySource, piece } from '../../support/memory-collection';

let db: KioskDb | undefined;
afterEach(async () => {
  await db?.delete();
});

describe('search index built at sync time', () => {
  it('is stored with the live slot and loads without rebuilding', async () => {
    db = new KioskDb(`search-at-sync-${process.pid}`);
    const source = new MemorySource(
      compile({ pieces: [piece('p1', 'Kain Jlamprang'), piece('p2', 'Sarung Buketan')] }),
    );
    await syncCollection(db, source);
    const json = await readSearchIndexJson(db);
    expect(json).toBeTypeOf('string');
    const hits = loadSearchIndex(json!).search('buketan');
    expect(hits.map((h) => h.id)).toContain('p2');

    // A new version replaces it: the old slot's index is dropped at the flip.
    source.current = compile({ pieces: [piece('p3', 'Selendang Kawung')] });
    await syncCollection(db, source);
    const next = loadSearchIndex((await readSearchIndexJson(db))!);
    expect(next.search('kawung').map((h) => h.id)).toEqual(['p3']);
    expect(next.search('buketan')).toEqual([]);
  });
});
