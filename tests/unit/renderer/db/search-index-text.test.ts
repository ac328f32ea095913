import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadSearchIndex } from '../../../../electron/shared/search';
import { KioskDb } from '../../../../renderer/db/kiosk-db';
import {
  lineParts,
  readPointer,
  readSearchIndexJson,
  readSearchIndexRow,
  readSearchIndexText,
  readSearchIndexTextFrom,
} from '../../../../renderer/db/read';
import { syncCollection } from '../../../../renderer/sync/engine';
import { compile, MemorySource, piece, rehashed } from '../../support/memory-collection';

let db: KioskDb | undefined;
afterEach(async () => {
  await db?.delete();
});

/** A synced store of three pieces, one with a word ("gringsing") only in its description. */
async function syncedStore(name: string): Promise<KioskDb> {
  const described = rehashed({
    ...piece('p3', 'Kain Panjang'),
    description: { id: 'Isen gringsing rapat.' },
  });
  const records = compile({
    pieces: [piece('p1', 'Kain Jlamprang'), piece('p2', 'Sarung Buketan'), described],
  });
  const store = new KioskDb(`${name}-${process.pid}`);
  await syncCollection(store, new MemorySource(records));
  return store;
}

describe('the stored search index read in two (cold boot: names before details)', () => {
  it('gives the same text as the whole read, the details part last, and loads into the same index', async () => {
    db = await syncedStore('split-read');
    const whole = await readSearchIndexJson(db);
    const text = await readSearchIndexText(db);
    expect(text).toBeDefined();
    const details = await text!.details;
    expect(details).toBeDefined();
    expect(text!.front + details).toBe(whole);
    expect(text!.front.endsWith('\n')).toBe(true);
    expect(details).not.toContain('\n');

    const index = loadSearchIndex({ front: text!.front, details: Promise.resolve(details) });
    expect(index.search('buketan').map((hit) => hit.id)).toEqual(['p2']);
    await index.whenComplete();
    expect(index.search('gringsing').map((hit) => hit.id)).toEqual(['p3']);
  });

  it('answers names when the details part has gone (a flip dropped it), and says so', async () => {
    db = await syncedStore('split-read-gone');
    const pointer = (await readPointer(db))!;
    const row = (await readSearchIndexRow(db, pointer.slot, pointer.version))!;
    await db.meta.bulkDelete(lineParts(row, -1));
    const text = await readSearchIndexText(db);
    expect(await text!.details).toBeUndefined();
    const index = loadSearchIndex(text!);
    expect(index.search('jlamprang').map((hit) => hit.id)).toEqual(['p1']);
    await expect(index.whenComplete()).rejects.toThrow(/details part could not be read/);
  });

  it('is undefined before the first sync, and through its own connection closes it once the details are in', async () => {
    db = new KioskDb(`split-read-empty-${process.pid}`);
    expect(await readSearchIndexText(db)).toBeUndefined();
    db.close();
    await db.delete();
    db = await syncedStore('split-read-own');
    const close = vi.spyOn(KioskDb.prototype, 'close');
    const text = await readSearchIndexTextFrom(db.name);
    const closedBeforeDetails = close.mock.calls.length;
    expect((await text!.details)?.length).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(closedBeforeDetails).toBe(0);
    expect(close).toHaveBeenCalledTimes(1);
    close.mockRestore();
  });
});
