import type { KioskDb } from '../db/kiosk-db';
import { syncCollection, whenSettled, type SyncOptions, type SyncOutcome } from './engine';
import type { ProgressListener } from './progress';
import type { CollectionSource } from './source';
import type { SyncReply, SyncRequest } from './sync-worker-protocol';

/** Where the sync engine runs for the controller: on the page, or in the sync worker. */
export interface SyncRunner {
  /** One sync; resolves once its collection is live (or it gave up), before the old slot settles. */
  run(options: Pick<SyncOptions, 'rebuild'>, onProgress: ProgressListener): Promise<SyncOutcome>;
  /** Resolves once the last run's writes are over (its settle included). */
  whenSettled(): Promise<void>;
}

/** The engine on the page's own thread: unit tests, and browsers without module workers. */
export function inPageRunner(db: KioskDb, source: CollectionSource): SyncRunner {
  return {
    run: (options, onProgress) =>
      syncCollection(db, source, { ...options, settle: 'background', onProgress }),
    whenSettled: () => whenSettled(db),
  };
}

interface PendingRun {
  request: SyncRequest;
  onProgress: ProgressListener;
  answered: boolean;
  outcome: (result: Promise<SyncOutcome>) => void;
  settled: (done: Promise<void>) => void;
}

/**
 * The engine in a worker (sync-worker.ts), started at the first sync and kept for the next: a
 * curator's change then syncs without a worker to start or a database to open. Should the worker
 * fail to load or die, the sync it was running and every later one run on the page instead (`fallback`),
 * and the console says why: the kiosk goes on syncing, only less smoothly.
 */
export function workerRunner(
  db: KioskDb,
  base: string,
  makeWorker: () => Worker,
  fallback: SyncRunner,
): SyncRunner & { close(): void } {
  let worker: Worker | undefined;
  let lost = false;
  let nextId = 1;
  const pending = new Map<number, PendingRun>();
  let lastSettled: Promise<void> = Promise.resolve();

  const onReply = (reply: SyncReply) => {
    const run = pending.get(reply.id);
    if (!run) return;
    if (reply.type === 'progress') run.onProgress(reply.progress);
    else if (reply.type === 'outcome') {
      run.answered = true;
      run.outcome(Promise.resolve(reply.outcome));
    } else {
      pending.delete(reply.id);
      if (reply.type === 'error' && !run.answered) run.outcome(Promise.reject(new Error(reply.error)));
      run.settled(Promise.resolve());
    }
  };

  /** A run on the page; `lastSettled` follows its settle. */
  const onPage: SyncRunner['run'] = (options, onProgress) => {
    const outcome = fallback.run(options, onProgress);
    // The engine registers its settle only at the flip: asked before then, it would answer at once.
    lastSettled = outcome.then(
      () => fallback.whenSettled(),
      () => undefined,
    );
    return outcome;
  };

  /** The worker is gone: unanswered runs start over on the page; answered ones only stop waiting. */
  const onLost = (why: string) => {
    console.error(`sync worker lost (${why}); syncing on the page from now on`);
    lost = true;
    worker?.terminate();
    worker = undefined;
    for (const run of pending.values()) {
      if (run.answered) run.settled(Promise.resolve());
      else {
        const outcome = onPage({ rebuild: run.request.rebuild }, run.onProgress);
        run.outcome(outcome);
        run.settled(lastSettled);
      }
    }
    pending.clear();
  };
  const started = (): Worker | undefined => {
    if (worker || lost) return worker;
    try {
      worker = makeWorker();
    } catch (error) {
      onLost(String(error));
      return undefined;
    }
    worker.onmessage = (event: MessageEvent<SyncReply>) => onReply(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      onLost(event.message || 'the worker failed to load');
    };
    worker.onmessageerror = () => onLost('a reply could not be read');
    return worker;
  };

  return {
    run(options, onProgress) {
      const target = started();
      if (!target) return onPage(options, onProgress);
      const request: SyncRequest = {
        type: 'sync',
        id: nextId++,
        dbName: db.name,
        base,
        ...(options.rebuild ? { rebuild: true } : {}),
      };
      let outcome!: (result: Promise<SyncOutcome>) => void;
      let settled!: (done: Promise<void>) => void;
      const answer = new Promise<SyncOutcome>((resolve) => (outcome = resolve));
      lastSettled = new Promise<void>((resolve) => (settled = resolve));
      pending.set(request.id, { request, onProgress, answered: false, outcome, settled });
      target.postMessage(request);
      return answer;
    },
    whenSettled: () => lastSettled,
    /** Ends the worker; a run it had not answered rejects (the controller reports it as failed). */
    close() {
      worker?.terminate();
      worker = undefined;
      for (const run of pending.values()) {
        if (!run.answered) run.outcome(Promise.reject(new Error('sync worker closed')));
        run.settled(Promise.resolve());
      }
      pending.clear();
    },
  };
}
