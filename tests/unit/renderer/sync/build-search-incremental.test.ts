import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { TermRecord } from '../../../../electron/shared/collection-records';
import { KioskDb } from '../../../../renderer/db/kiosk-db';
import { readSearchIndexJson } from '../../../../renderer/db/read';
import { loadSearchIndex } from '../../../../electron/shared/search';
import { buildSearchIndex, type SearchBuilder } from '../../../../renderer/sync/build-search';
import { syncCollection } from '../../../../renderer/sync/engine';
import type { PieceIdChanges } from '../../../../renderer/sync/piece-changes';
import { compile, MemorySource, piece } from '../../support/memory-collection';

let db: KioskDb | undefined;
let n = 0;
afterEach(async () => {
  await db?.delete();
});

/** The app's builder, recording what the engine hands it. */
function spyBuilder(): { build: SearchBuilder; seen: (PieceIdChanges | undefined)[] } {
  const seen: (PieceIdChanges | undefined)[] = [];
  return {
    seen,
    build: (target, slot, manifest, changes) => {
      // Chunk rows come in key order; the order of ids carries no meaning.
      seen.push(changes && { written: [...changes.written].sort(), removed: [...changes.removed].sort() });
      return buildSearchIndex(target, slot, manifest, changes);
    },
  };
}

async function hits(query: string): Promise<string[]> {
  const index = loadSearchIndex((await readSearchIndexJson(db!))!);
  await index.whenComplete();
  return index.search(query).map((hit) => hit.id);
}

const sixPieces = () => ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'].map((id) => piece(id, `Kain ${id}`));
const term = (label: string): TermRecord => ({
  id: 'technique:tulis',
  vocab: 'technique',
  key: 'tulis',
  label: { id: label },
  order: 1,
  hash: label,
});

describe('search index on an incremental sync', () => {
  it('is updated from the written and removed pieces only, ending as a fresh build would', async () => {
    db = new KioskDb(`incremental-index-${process.pid}-${n++}`);
    const spy = spyBuilder();
    const [p1, p2, , , p5, p6] = sixPieces();
    const source = new MemorySource(compile({ pieces: sixPieces() }));
    await syncCollection(db, source, { buildSearch: spy.build });
    expect(spy.seen).toEqual([undefined]);

    // p3 gets a new title and p4 leaves: chunk [p3, p4] becomes [p3', p5], [p5, p6] becomes [p6].
    source.current = compile({ pieces: [p1, p2, piece('p3', 'Selendang Zamrud'), p5, p6] });
    await syncCollection(db, source, { buildSearch: spy.build });
    // p5 and p6 moved to other chunks unchanged (the same record hash): not written.
    expect(spy.seen[1]).toEqual({ written: ['p3'], removed: ['p4'] });
    expect(await hits('zamrud')).toEqual(['p3']);
    expect((await hits('kain')).sort()).toEqual(['p1', 'p2', 'p5', 'p6']);
  });

  it('rebuilds from the whole slot when anything but pieces changed', async () => {
    db = new KioskDb(`incremental-index-${process.pid}-${n++}`);
    const spy = spyBuilder();
    const source = new MemorySource(compile({ pieces: sixPieces(), terms: [term('Tulis')] }));
    await syncCollection(db, source, { buildSearch: spy.build });
    source.current = compile({ pieces: sixPieces(), terms: [term('Tulis Halus')] });
    await syncCollection(db, source, { buildSearch: spy.build });
    expect(spy.seen).toEqual([undefined, undefined]);
    // Every piece's labels carry the technique: all six documents were rebuilt.
    expect((await hits('halus')).sort()).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
  });

  it('counts chunks a cut-off sync stored before the cut as written', async () => {
    db = new KioskDb(`incremental-index-${process.pid}-${n++}`);
    const spy = spyBuilder();
    const source = new MemorySource(compile({ pieces: sixPieces() }));
    await syncCollection(db, source, { buildSearch: spy.build });
    const renamed = sixPieces().map((p) => piece(p.id, `Sarung ${p.id}`));
    source.current = compile({ pieces: renamed });
    source.fetchedChunks = [];
    source.beforeChunk = (_ref, served) => {
      if (served === 1) throw new Error('connection lost');
    };
    expect(await syncCollection(db, source, { buildSearch: spy.build })).toMatchObject({ kind: 'failed' });
    source.beforeChunk = () => {};
    await syncCollection(db, source, { buildSearch: spy.build });
    expect(spy.seen.at(-1)).toEqual({ written: ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'], removed: [] });
    expect((await hits('sarung')).sort()).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
    expect(await hits('kain')).toEqual([]);
  });
});
