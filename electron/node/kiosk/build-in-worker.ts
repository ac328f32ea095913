import { Worker } from 'node:worker_threads';
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
  | { type: 'done'; outcome: BuildOutcome }
  | { type: 'failed'; message: string };

/** Options for {@link buildInWorker}. */
export interface BuildInWorkerOptions {
  /** Path of the worker script. */
  workerFile: string;
  input: WorkerBuildInput;
  /** Extra Node flags for the worker, e.g. a TypeScript loader in development. */
  execArgv?: string[];
  onProgress?: (detail: unknown) => void;
}

/** Starts one worker for one build and resolves with its outcome; rejects if the worker dies. */
export function buildInWorker(options: BuildInWorkerOptions): Promise<BuildOutcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(options.workerFile, {
      workerData: options.input,
      ...(options.execArgv ? { execArgv: options.execArgv } : {}),
    });
    let settled = false;
    const settle = (action: () => void): void => {
      if (settled) return;
      settled = true;
      action();
      void worker.terminate();
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') options.onProgress?.(message.detail);
      else if (message.type === 'done') settle(() => resolve(message.outcome));
      else settle(() => reject(new Error(message.message)));
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) =>
      settle(() => reject(new Error(`collection worker exited (code ${code}) without a result`))),
    );
  });
}
