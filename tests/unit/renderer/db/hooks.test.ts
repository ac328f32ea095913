import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { readAll } from '../../../../renderer/db/hooks';
import { KioskDb } from '../../../../renderer/db/kiosk-db';
import { syncCollection } from '../../../../renderer/sync/engine';
import { compile, MemorySource, piece } from '../../support/memory-collection';

let db: KioskDb | undefined;
afterEach(async () => {
  await db?.delete();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('live readers during a sync', () => {
  it('re-run at the flip, not for every chunk written to the inactive slot', async () => {
    db = new KioskDb(`live-readers-${process.pid}`);
    const ids = (n: number) => Array.from({ length: n }, (_, i) => piece(`p${i}`));
    const source = new MemorySource(compile({ pieces: ids(12) }));
    await syncCollection(db, source);

    const seen: number[] = [];
    const subscription = liveQuery(() => readAll(db!, 'pieces')).subscribe((pieces) =>
      seen.push(pieces.length),
    );
    await settle();
    expect(seen).toEqual([12]);

    // Six new chunks into slot b, the flip, then six chunks levelling slot a.
    source.current = compile({ pieces: ids(24).map((p) => ({ ...p, hash: `${p.hash}-v2` })) });
    await syncCollection(db, source);
    await settle();
    subscription.unsubscribe();
    expect(seen).toEqual([12, 24]);
  });
});
