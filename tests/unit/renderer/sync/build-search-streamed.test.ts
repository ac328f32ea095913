import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { KioskDb } from '../../../../renderer/db/kiosk-db';
import { readSearchIndexJson } from '../../../../renderer/db/read';
import { loadSearchIndex } from '../../../../electron/shared/search';
import { buildSearchIndex, type SearchBuilder } from '../../../../renderer/sync/build-search';
import { syncCollection } from '../../../../renderer/sync/engine';
import { compile, MemorySource, piece } from '../../support/memory-collection';

let db: KioskDb | undefined;
let n = 0;
afterEach(async () => {
  await db?.delete();
});

/** The app's builder, counting one-shot builds and streamed chunks. */
function spyBuilder() {
  const calls = { oneShot: 0, streamed: 0, cancelled: 0 };
  const build: SearchBuilder = (target, slot, manifest, changes) => {
    calls.oneShot++;
    return buildSearchIndex(target, slot, manifest, changes);
  };
  build.stream = (target, manifest) => {
    const inner = buildSearchIndex.stream!(target, manifest);
    return {
      add: (kind, records) => {
        calls.streamed++;
        inner.add(kind, records);
      },
      finish: () => inner.finish(),
      cancel: () => {
        calls.cancelled++;
        inner.cancel();
      },
    };
  };
  return { build, calls };
}

async function hits(query: string): Promise<string[]> {
  const index = loadSearchIndex((await readSearchIndexJson(db!))!);
  await index.whenComplete();
  return index.search(query).map((hit) => hit.id);
}

const six = () => ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'].map((id) => piece(id, `Kain ${id}`));

describe('search index streamed from the chunks as they are fetched', () => {
  it('is what a first sync stores, with no second read of the slot', async () => {
    db = new KioskDb(`streamed-index-${process.pid}-${n++}`);
    const spy = spyBuilder();
    await syncCollection(db, new MemorySource(compile({ pieces: six() })), { buildSearch: spy.build });
    expect(spy.calls).toEqual({ oneShot: 0, streamed: 3, cancelled: 0 });
    expect((await hits('kain')).sort()).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
  });

  it('is dropped for a one-shot build when the load resumed with chunks stored earlier', async () => {
    db = new KioskDb(`streamed-index-${process.pid}-${n++}`);
    const spy = spyBuilder();
    const source = new MemorySource(compile({ pieces: six() }));
    source.beforeChunk = (_ref, served) => {
      if (served === 2) throw new Error('connection lost');
    };
    expect(await syncCollection(db, source, { buildSearch: spy.build })).toMatchObject({ kind: 'failed' });
    expect(spy.calls.cancelled).toBe(1);
    source.beforeChunk = () => {};
    await syncCollection(db, source, { buildSearch: spy.build });
    // The second stream saw one chunk of three: the index comes from the whole slot instead.
    expect(spy.calls).toEqual({ oneShot: 1, streamed: 3, cancelled: 2 });
    expect((await hits('kain')).sort()).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
  });

  it('is not used once a collection is live: a change updates the live index instead', async () => {
    db = new KioskDb(`streamed-index-${process.pid}-${n++}`);
    const spy = spyBuilder();
    const source = new MemorySource(compile({ pieces: six() }));
    await syncCollection(db, source, { buildSearch: spy.build });
    source.current = compile({ pieces: [...six(), piece('p7', 'Selendang')] });
    await syncCollection(db, source, { buildSearch: spy.build });
    expect(spy.calls).toEqual({ oneShot: 1, streamed: 3, cancelled: 0 });
    expect(await hits('selendang')).toEqual(['p7']);
  });
});
