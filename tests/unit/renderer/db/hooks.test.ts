import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { readAll, readPiecesPerFlip } from '../../../../renderer/db/hooks';
import { KioskDb } from '../../../../renderer/db/kiosk-db';
import { readPointer } from '../../../../renderer/db/read';
import { syncCollection } from '../../../../renderer/sync/engine';
import { compile, MemorySource, piece } from '../../support/memory-collection';

let db: KioskDb | undefined;
afterEach(async () => {
  await db?.delete();
});

/** A live query of the live slot's pieces: every emission's count, and a wait for a given count. */
function watchPieceCount(db: KioskDb) {
  const seen: number[] = [];
  const waiting = new Map<number, () => void>();
  const subscription = liveQuery(() => readAll(db, 'pieces')).subscribe((pieces) => {
    seen.push(pieces.length);
    waiting.get(pieces.length)?.();
  });
  const reached = (count: number) =>
    seen.includes(count) ? Promise.resolve() : new Promise<void>((resolve) => waiting.set(count, resolve));
  return { seen, reached, stop: () => subscription.unsubscribe() };
}

describe('live readers during a sync', () => {
  it('re-run at the flip, not for every chunk written to the inactive slot', async () => {
    db = new KioskDb(`live-readers-${process.pid}`);
    const ids = (n: number) => Array.from({ length: n }, (_, i) => piece(`p${i}`));
    const source = new MemorySource(compile({ pieces: ids(12) }));
    await syncCollection(db, source);

    const live = watchPieceCount(db);
    await live.reached(12);
    expect(live.seen).toEqual([12]);

    // Six new chunks into slot b, the flip, then six chunks levelling slot a.
    source.current = compile({ pieces: ids(24).map((p) => ({ ...p, hash: `${p.hash}-v2` })) });
    await syncCollection(db, source);
    // One row written into the live slot afterwards re-runs the query once more. Its emission (25)
    // comes after any the sync's writes caused, so when it arrives the list is complete.
    const pointer = await readPointer(db);
    await db.records('pieces', pointer!.slot).put(piece('after-the-sync'));
    await live.reached(25);
    live.stop();
    expect(live.seen).toEqual([12, 24, 25]);
  });
});

describe('every piece, once per flip', () => {
  it('is one array of the same records for every reader until a sync flips, in accession order', async () => {
    db = new KioskDb(`pieces-per-flip-${process.pid}`);
    const source = new MemorySource(
      compile({
        pieces: [
          { ...piece('b'), accession: 'T.10' },
          { ...piece('a'), accession: 'T.2' },
        ],
      }),
    );
    await syncCollection(db, source);
    const first = await readPiecesPerFlip(db);
    expect(first!.map((p) => p.accession)).toEqual(['T.2', 'T.10']);
    // A second screen (or the browse index) gets the very same objects, not a second copy.
    const again = await readPiecesPerFlip(db);
    expect(again).toBe(first);

    // Summaries: what the list screens draw with, not the description or the media's regions.
    expect('description' in first![0]!).toBe(false);
    expect(first![0]!.title).toEqual({ id: 'Piece a', en: 'Piece a' });

    source.current = compile({ pieces: [{ ...piece('c'), accession: 'T.3' }] });
    await syncCollection(db, source);
    const flipped = await readPiecesPerFlip(db);
    expect(flipped).not.toBe(first);
    expect(flipped!.map((p) => p.id)).toEqual(['c']);
  });
});

describe('every piece summarised in batches', () => {
  it('reads each piece once across batch ends, in accession order, whatever the id order', async () => {
    db = new KioskDb(`pieces-batches-${process.pid}`);
    // 201 pieces: two whole batches of 100 and one more. Ids run against accession order.
    const count = 201;
    const pieces = Array.from({ length: count }, (_, i) => ({
      ...piece(`p${String(count - i).padStart(5, '0')}`),
      accession: `T.${i + 1}`,
    }));
    await syncCollection(db, new MemorySource(compile({ pieces })));
    const read = await readPiecesPerFlip(db);
    expect(read).toHaveLength(count);
    expect(new Set(read!.map((p) => p.id)).size).toBe(count);
    expect(read!.slice(0, 3).map((p) => p.accession)).toEqual(['T.1', 'T.2', 'T.3']);
    expect(read!.at(-1)!.accession).toBe(`T.${count}`);
    // Equal small parts are one object across the batches (share-values.ts): each of IndexedDB's
    // copies held on its own was marked by every full garbage collection while the grid scrolled.
    const [first, last] = [read![0]!, read!.at(-1)!];
    expect(last.display).toEqual(first.display);
    expect(last.display).toBe(first.display);
    expect(last.motifIds).toBe(first.motifIds);
    expect(last.production.date.display).toBe(first.production.date.display);
  });
});
