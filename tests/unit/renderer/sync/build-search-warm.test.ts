import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CollectionManifest } from '../../../../electron/shared/collection-records';
import { KioskDb } from '../../../../renderer/db/kiosk-db';
import { createSearchBuilder, type SearchBuilder } from '../../../../renderer/sync/build-search';
import { syncCollection } from '../../../../renderer/sync/engine';
import type { SearchWorkerMessage } from '../../../../renderer/sync/search-worker-protocol';
import { compile, MemorySource, piece } from '../../support/memory-collection';

/** Answers every job at once with an empty stored index, and says what it was sent. */
class FakeWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  sent: SearchWorkerMessage[] = [];
  terminated = false;
  postMessage(message: SearchWorkerMessage) {
    this.sent.push(message);
    queueMicrotask(() =>
      this.onmessage?.({ data: { ok: true, stored: { parts: [], lines: [], chars: 0 } } }),
    );
  }
  terminate() {
    this.terminated = true;
  }
}

const manifest = { synonyms: [], languages: ['id'], counts: {} } as unknown as CollectionManifest;

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('a warmed search worker', () => {
  it('is the worker the next build runs in', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const made: FakeWorker[] = [];
    const build = createSearchBuilder(() => made[made.push(new FakeWorker()) - 1] as unknown as Worker);
    build.warm!({ name: 'db' } as KioskDb);
    expect(made).toHaveLength(1);
    expect(made[0]!.sent).toEqual([{ type: 'open', dbName: 'db' }]);
    await build({ name: 'db' } as KioskDb, 'b', manifest);
    expect(made).toHaveLength(1);
    expect(made[0]!.sent.map((message) => message.type)).toEqual(['open', 'job']);
    // Taken: the build after makes its own.
    await build({ name: 'db' } as KioskDb, 'a', manifest);
    expect(made).toHaveLength(2);
  });

  it('is ended when no build takes it', () => {
    vi.useFakeTimers();
    vi.stubGlobal('Worker', FakeWorker);
    const made: FakeWorker[] = [];
    const build = createSearchBuilder(() => made[made.push(new FakeWorker()) - 1] as unknown as Worker);
    build.warm!({ name: 'db' } as KioskDb);
    build.warm!({ name: 'db' } as KioskDb);
    expect(made).toHaveLength(1);
    vi.advanceTimersByTime(60_000);
    expect(made[0]!.terminated).toBe(true);
  });
});

describe('the sync engine', () => {
  it('warms the builder when it will update a live index, not for a first sync', async () => {
    const db = new KioskDb(`warm-${process.pid}`);
    const warm = vi.fn();
    const build: SearchBuilder = Object.assign(async () => undefined, { warm });
    const source = new MemorySource(compile({ pieces: [piece('p1', 'Kain Lasem')] }));
    await syncCollection(db, source, { buildSearch: build });
    expect(warm).not.toHaveBeenCalled();
    source.current = compile({ pieces: [piece('p1', 'Kain Solo')] });
    await syncCollection(db, source, { buildSearch: build });
    expect(warm).toHaveBeenCalledTimes(1);
    await db.delete();
  });
});
