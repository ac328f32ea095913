import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readAll } from '../../../../renderer/db/hooks';
import { KioskDb } from '../../../../renderer/db/kiosk-db';
import { readPointer } from '../../../../renderer/db/read';
import { createSyncController } from '../../../../renderer/sync/controller';
import type { SyncProgress } from '../../../../renderer/sync/progress';
import type { CollectionSource } from '../../../../renderer/sync/source';
import { serveSyncRequests, type SyncWorkerScope } from '../../../../renderer/sync/sync-requests';
import { inPageRunner, workerRunner, type SyncRunner } from '../../../../renderer/sync/sync-runner';
import type { SyncReply, SyncRequest } from '../../../../renderer/sync/sync-worker-protocol';
import { compile, MemorySource, piece } from '../../support/memory-collection';

let names: string[] = [];
let n = 0;
function freshName() {
  const name = `sync-worker-${process.pid}-${n++}`;
  names.push(name);
  return name;
}
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(names.map((name) => Dexie.delete(name)));
  names = [];
});

const three = () => compile({ pieces: [piece('p1'), piece('p2'), piece('p3')] });

/** A later macrotask, as a `postMessage` between threads arrives (and cloned, as it is). */
const deliver = <T>(to: ((event: MessageEvent<T>) => void) | null, data: T) =>
  setTimeout(() => to?.({ data: structuredClone(data) } as MessageEvent<T>), 0);

/**
 * A stand-in for `new Worker(sync-worker.ts)`: the worker's own code (serveSyncRequests) behind a
 * message boundary, in this thread, with the sources a test gives it by collection URL.
 */
class FakeSyncWorker {
  onmessage: ((event: MessageEvent<SyncReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  readonly received: SyncRequest[] = [];
  terminated = false;
  private readonly inside: SyncWorkerScope<SyncRequest> = {
    onmessage: null,
    postMessage: (reply) => {
      if (!this.terminated) deliver(this.onmessage, reply);
    },
  };

  constructor(sources: Record<string, CollectionSource>) {
    serveSyncRequests(this.inside, (request) => ({ source: sources[request.base]! }));
  }

  postMessage(request: SyncRequest) {
    this.received.push(request);
    deliver(this.inside.onmessage, request);
  }

  terminate() {
    this.terminated = true;
  }

  /** As Chromium reports a module worker whose script did not load, or that threw at top level. */
  fail(message: string) {
    this.onerror?.({ message, preventDefault: () => {} } as ErrorEvent);
  }
}

const asWorker = (fake: FakeSyncWorker) => fake as unknown as Worker;

/** A runner that must not be used: the worker answers every sync in these tests. */
const unusedFallback: SyncRunner = {
  run: () => Promise.reject(new Error('fallback used')),
  whenSettled: () => Promise.resolve(),
};

describe('the sync worker', () => {
  it('answers a sync with its progress, then the outcome once live, then settled', async () => {
    const db = new KioskDb(freshName());
    const replies: SyncReply[] = [];
    const scope: SyncWorkerScope<SyncRequest> = { onmessage: null, postMessage: (r) => replies.push(r) };
    const source = new MemorySource(three());
    serveSyncRequests(scope, () => ({ source }));
    const settled = new Promise<void>((resolve) => {
      scope.postMessage = (reply) => {
        replies.push(reply);
        if (reply.type === 'settled' || reply.type === 'error') resolve();
      };
    });
    scope.onmessage!({
      data: { type: 'sync', id: 7, dbName: db.name, base: 'x' },
    } as MessageEvent<SyncRequest>);
    await settled;

    const types = replies.map((r) => r.type);
    expect(new Set(replies.map((r) => r.id))).toEqual(new Set([7]));
    expect(types.filter((t) => t !== 'progress')).toEqual(['outcome', 'settled']);
    expect(types.at(-1)).toBe('settled');
    // Before the outcome, the sync up to the flip (`ready`); after it, only the old slot's settle.
    const phases = (from: number, to: number) =>
      replies.slice(from, to).flatMap((r) => (r.type === 'progress' ? [r.progress.phase] : []));
    const answeredAt = types.indexOf('outcome');
    expect(new Set(phases(0, answeredAt))).toEqual(new Set(['manifest', 'load', 'verify', 'index', 'ready']));
    expect(phases(0, answeredAt).at(-1)).toBe('ready');
    expect(new Set(phases(answeredAt, -1))).toEqual(new Set(['settle', 'done']));
    expect(replies.find((r) => r.type === 'outcome')).toMatchObject({
      outcome: { kind: 'synced', slot: 'a', fetched: 2 },
    });
    // The worker wrote into the database the request named; the page's connection reads it.
    expect((await readAll(db, 'pieces')).map((p) => p.id).sort()).toEqual(['p1', 'p2', 'p3']);
    db.close();
  });

  it('answers `error` when the engine throws instead of answering', async () => {
    const broken: CollectionSource = {
      manifest: () => Promise.reject(new Error('manifest.json: socket closed')),
      chunk: () => Promise.reject(new Error('unused')),
    };
    const replies: SyncReply[] = [];
    const done = new Promise<void>((resolve) => {
      const scope: SyncWorkerScope<SyncRequest> = {
        onmessage: null,
        postMessage: (reply) => {
          replies.push(reply);
          if (reply.type === 'error') resolve();
        },
      };
      serveSyncRequests(scope, () => ({ source: broken }));
      scope.onmessage!({
        data: { type: 'sync', id: 1, dbName: freshName(), base: 'x' },
      } as MessageEvent<SyncRequest>);
    });
    await done;
    expect(replies.at(-1)).toEqual({ type: 'error', id: 1, error: 'manifest.json: socket closed' });
  });
});

describe('the page side of the sync worker (workerRunner)', () => {
  it('runs the controller through the worker: first sync, an unchanged one, then a change', async () => {
    const db = new KioskDb(freshName());
    const source = new MemorySource(three());
    const workers: FakeSyncWorker[] = [];
    const runner = workerRunner(
      db,
      'https://kiosk.test/collection/',
      () => {
        const worker = new FakeSyncWorker({ 'https://kiosk.test/collection/': source });
        workers.push(worker);
        return asWorker(worker);
      },
      unusedFallback,
    );
    const controller = createSyncController(db, runner);
    const phases: SyncProgress['phase'][] = [];
    controller.subscribe(() => {
      const phase = controller.getStatus().progress?.phase;
      if (phase && phases.at(-1) !== phase) phases.push(phase);
    });

    await controller.start();
    expect(controller.getStatus()).toMatchObject({ phase: 'ready', syncing: false });
    expect(controller.getStatus().lastOutcome).toMatchObject({ kind: 'synced', slot: 'a' });
    expect(phases).toEqual(expect.arrayContaining(['manifest', 'load', 'ready', 'settle', 'done']));
    expect(await readPointer(db)).toMatchObject({ slot: 'a', version: three().manifest.version });

    expect(await controller.sync()).toMatchObject({ kind: 'unchanged' });
    source.current = compile({ pieces: [piece('p1'), piece('p2', 'Edited'), piece('p3')] });
    expect(await controller.sync()).toMatchObject({ kind: 'synced', slot: 'b' });
    expect((await readAll(db, 'pieces')).find((p) => p.id === 'p2')?.title.id).toBe('Edited');

    // One worker for every sync, each request naming the page's database and the collection's URL.
    expect(workers).toHaveLength(1);
    expect(workers[0]!.received.map((r) => [r.id, r.dbName, r.base, r.rebuild])).toEqual([
      [1, db.name, 'https://kiosk.test/collection/', undefined],
      [2, db.name, 'https://kiosk.test/collection/', undefined],
      [3, db.name, 'https://kiosk.test/collection/', undefined],
    ]);
    runner.close();
    db.close();
  });

  it('passes `rebuild` on, and a sync the worker answered with `error` fails without hanging', async () => {
    const db = new KioskDb(freshName());
    const source = new MemorySource(three());
    let worker: FakeSyncWorker | undefined;
    const runner = workerRunner(
      db,
      'u',
      () => asWorker((worker = new FakeSyncWorker({ u: source }))),
      unusedFallback,
    );
    expect(await runner.run({ rebuild: true }, () => {})).toMatchObject({ kind: 'synced' });
    await runner.whenSettled();
    expect(worker!.received[0]!.rebuild).toBe(true);

    source.manifest = () => Promise.reject(new Error('manifest.json: socket closed'));
    const controller = createSyncController(db, runner);
    await expect(controller.sync()).resolves.toMatchObject({
      kind: 'failed',
      reason: 'fetch',
      detail: 'manifest.json: socket closed',
    });
    expect(controller.getStatus().syncing).toBe(false);
    runner.close();
    db.close();
  });

  it('syncs on the page when the worker fails to load, and keeps doing so', async () => {
    const db = new KioskDb(freshName());
    const source = new MemorySource(three());
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    let made = 0;
    const runner = workerRunner(
      db,
      'u',
      () => {
        made++;
        const worker = new FakeSyncWorker({});
        // The request is never answered: the script failed before it could listen.
        worker.postMessage = () => setTimeout(() => worker.fail('404 sync-worker.js'), 0);
        return asWorker(worker);
      },
      inPageRunner(db, source),
    );
    const controller = createSyncController(db, runner);
    await controller.start();
    expect(controller.getStatus()).toMatchObject({ phase: 'ready', syncing: false });
    expect(controller.getStatus().lastOutcome).toMatchObject({ kind: 'synced', slot: 'a', fetched: 2 });
    expect(error).toHaveBeenCalledWith(expect.stringContaining('404 sync-worker.js'));

    source.current = compile({ pieces: [piece('p1'), piece('p4')] });
    expect(await controller.sync()).toMatchObject({ kind: 'synced', slot: 'b' });
    expect(made).toBe(1);
    expect((await readAll(db, 'pieces')).map((p) => p.id).sort()).toEqual(['p1', 'p4']);
    db.close();
  });

  it('syncs on the page when no worker can be made at all', async () => {
    const db = new KioskDb(freshName());
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const runner = workerRunner(
      db,
      'u',
      () => {
        throw new Error('SecurityError: workers are not allowed');
      },
      inPageRunner(db, new MemorySource(three())),
    );
    expect(await runner.run({}, () => {})).toMatchObject({ kind: 'synced', fetched: 2 });
    await runner.whenSettled();
    expect((await readAll(db, 'pieces')).length).toBe(3);
    db.close();
  });

  it('a worker lost after it answered only ends the wait for its settle', async () => {
    const db = new KioskDb(freshName());
    let worker: FakeSyncWorker | undefined;
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const fallback = { run: vi.fn(unusedFallback.run), whenSettled: () => Promise.resolve() };
    const runner = workerRunner(
      db,
      'u',
      () => asWorker((worker = new FakeSyncWorker({ u: new MemorySource(three()) }))),
      fallback,
    );
    const outcome = runner.run({}, () => {});
    // The `settled` reply is held back: the worker dies while the old slot settles.
    const realOnMessage = worker!.onmessage!;
    worker!.onmessage = (event) => {
      if (event.data.type === 'settled') return;
      realOnMessage(event);
      if (event.data.type === 'outcome') worker!.fail('out of memory');
    };
    expect(await outcome).toMatchObject({ kind: 'synced' });
    await runner.whenSettled();
    expect(fallback.run).not.toHaveBeenCalled();
    db.close();
  });

  it('close() fails a run the worker had not answered', async () => {
    const db = new KioskDb(freshName());
    const runner = workerRunner(
      db,
      'u',
      () => {
        const worker = new FakeSyncWorker({});
        worker.postMessage = () => {};
        return asWorker(worker);
      },
      unusedFallback,
    );
    const outcome = runner.run({}, () => {});
    runner.close();
    await expect(outcome).rejects.toThrow('sync worker closed');
    await runner.whenSettled();
    db.close();
  });
});
