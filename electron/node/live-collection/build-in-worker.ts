import { Worker } from 'node:worker_threads';
import { releaseAbandonedLock } from '../collection/build-lock';
import type { BuildOutcome } from './collection-updater';

/**
 * Runs the collection compiler in a worker thread so the main process keeps answering the page's
 * requests (and input events) while hundreds of images are resized. The worker script is
 * `collection-build-worker.ts`, bundled next to main as `collection-worker.cjs`.
 */

/** What the worker is asked to build. */
export interface WorkerBuildInput {
  source: string;
  out: string;
  cacheDir?: string;
}

/** Messages the worker posts. */
export type WorkerMessage =
  | { type: 'progress'; detail: unknown }
  /** Work goes on but is not worth showing: it only re-arms the no-progress watchdog. */
  | { type: 'alive' }
  /** A build passed and may be served now; the worker goes on making deep-zoom tiles. */
  | { type: 'live'; outcome: BuildOutcome }
  | { type: 'done'; outcome: BuildOutcome }
  | { type: 'failed'; message: string };

/** Messages the worker is sent: `stop` ends its tiles step early (a change is waiting). */
export type WorkerRequest = { type: 'stop' };

/**
 * Minutes without any message from the worker after which a build counts as hung. The worker
 * reports each image it checks and each image it renders, so even a museum's first build of
 * 1,300 large photos (an hour or more in all) goes quiet for seconds, not minutes.
 */
export const DEFAULT_STALL_MINUTES = 10;

/** How long a stopped worker may take to end before its lock is released anyway. */
const TERMINATE_WAIT_MS = 5_000;

/** Options for {@link buildInWorker}. */
export interface BuildInWorkerOptions {
  /** Path of the worker script. */
  workerFile: string;
  input: WorkerBuildInput;
  /** Extra Node flags for the worker, e.g. a TypeScript loader in development. */
  execArgv?: string[];
  onProgress?: (detail: unknown) => void;
  /** A build that passed before the end (the tiles are still being made): serve it now. */
  onLive?: (outcome: BuildOutcome) => void;
  /** Aborted when a change is waiting: the worker stops making tiles and finishes soon. */
  signal?: AbortSignal;
  /** The no-progress watchdog in ms (default {@link DEFAULT_STALL_MINUTES}). */
  stallMs?: number;
}

/** Says, in words a technician can act on, why a build that went quiet was stopped. */
export function stalledMessage(stallMs: number): string {
  const minutes = stallMs / 60_000;
  const span =
    minutes >= 1 ? `${Math.round(minutes * 10) / 10} minutes` : `${Math.round(stallMs / 100) / 10} seconds`;
  return (
    `The collection build made no progress for ${span} and was stopped. ` +
    'The last good collection stays on screen; the next change to the folder starts a new build.'
  );
}

/**
 * Starts one worker for one build and resolves with its outcome; rejects if the worker dies, or
 * when it sends nothing for `stallMs` (a hung decoder, a dead network share): then the worker is
 * terminated and the build lock it held released, so the next change can build again.
 */
export function buildInWorker(options: BuildInWorkerOptions): Promise<BuildOutcome> {
  const stallMs = options.stallMs ?? DEFAULT_STALL_MINUTES * 60_000;
  return new Promise((resolve, reject) => {
    const worker = new Worker(options.workerFile, {
      workerData: options.input,
      ...(options.execArgv ? { execArgv: options.execArgv } : {}),
    });
    let settled = false;
    let watchdog: NodeJS.Timeout | undefined;
    const settle = (action: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(watchdog);
      action();
      void worker.terminate();
    };
    const stalled = (): void => {
      if (settled) return;
      settled = true;
      // A terminated worker runs no `finally`: its lock is released here once it has stopped, or
      // after a few seconds if it is stuck in native code that termination cannot interrupt.
      const stopped = Promise.race([
        worker.terminate().catch(() => undefined),
        new Promise((done) => setTimeout(done, TERMINATE_WAIT_MS).unref()),
      ]);
      void stopped
        .then(() => releaseAbandonedLock(options.input.out))
        .catch(() => undefined)
        .finally(() => reject(new Error(stalledMessage(stallMs))));
    };
    const rearm = (): void => {
      clearTimeout(watchdog);
      watchdog = setTimeout(stalled, stallMs);
    };
    rearm();
    const stop = () => worker.postMessage({ type: 'stop' } satisfies WorkerRequest);
    if (options.signal?.aborted) stop();
    else options.signal?.addEventListener('abort', stop, { once: true });
    worker.on('message', (message: WorkerMessage) => {
      rearm();
      if (message.type === 'progress') options.onProgress?.(message.detail);
      else if (message.type === 'live') options.onLive?.(message.outcome);
      else if (message.type === 'done') settle(() => resolve(message.outcome));
      else if (message.type === 'failed') settle(() => reject(new Error(message.message)));
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) =>
      settle(() => reject(new Error(`collection worker exited (code ${code}) without a result`))),
    );
  });
}
