import { parentPort, workerData } from 'node:worker_threads';
import { buildCollection, type BuildProgress } from '../collection/build';
import { inspectImage, type InspectFn } from '../collection/image-adapter';
import type { WorkerBuildInput, WorkerMessage } from './build-in-worker';

/**
 * Worker-thread entry: compiles the curator folder with the shared compiler and posts the outcome.
 * Bundled as `dist/electron/collection-worker.cjs`; started by `buildInWorker`.
 */

const post = (message: WorkerMessage): void => parentPort?.postMessage(message);

/**
 * The check inspects every image before the build reports anything else; a progress message per
 * image keeps `buildInWorker`'s no-progress watchdog from taking a long check for a hung one.
 */
function inspectWithProgress(): InspectFn {
  let done = 0;
  return async (...args) => {
    try {
      return await inspectImage(...args);
    } finally {
      const progress: BuildProgress = { phase: 'check', done: ++done, total: 0 };
      post({ type: 'progress', detail: progress });
    }
  };
}

async function main(): Promise<void> {
  const input = workerData as WorkerBuildInput;
  const result = await buildCollection({
    source: input.source,
    out: input.out,
    ...(input.cacheDir ? { cacheDir: input.cacheDir } : {}),
    inspect: inspectWithProgress(),
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
