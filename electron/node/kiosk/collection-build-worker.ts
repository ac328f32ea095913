import { parentPort, workerData } from 'node:worker_threads';
import { buildCollection } from '../collection/build';
import type { WorkerBuildInput, WorkerMessage } from './build-in-worker';

/**
 * Worker-thread entry: compiles the curator folder with the shared compiler and posts the outcome.
 * Bundled as `dist/electron/collection-worker.cjs`; started by `buildInWorker`.
 */

const post = (message: WorkerMessage): void => parentPort?.postMessage(message);

async function main(): Promise<void> {
  const input = workerData as WorkerBuildInput;
  const result = await buildCollection({
    source: input.source,
    out: input.out,
    ...(input.cacheDir ? { cacheDir: input.cacheDir } : {}),
    onProgress: (detail) => post({ type: 'progress', detail }),
  });
  post({
    type: 'done',
    outcome: {
      ok: result.ok,
      errors: result.errors,
      warnings: result.warnings,
      version: result.version,
      heldBack: result.heldBack,
    },
  });
}

main().catch((error: unknown) =>
  post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
);
