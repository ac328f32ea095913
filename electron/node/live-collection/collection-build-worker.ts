import { parentPort, workerData } from 'node:worker_threads';
import type { BuildProgress, BuildResult } from '../collection/build';
import { buildThenTiles } from '../collection/build-then-tiles';
import type { BuildOutcome } from './collection-updater';
import type { WorkerBuildInput, WorkerMessage, WorkerRequest } from './build-in-worker';

/**
 * Worker-thread entry: compiles the curator folder with the shared compiler and posts the outcome:
 * `live` as soon as a build without the missing deep-zoom tiles passed, `done` once the tiles are
 * made too (or the host asked to stop because a change is waiting). Bundled as
 * `dist/electron/collection-worker.cjs`; started by `buildInWorker`.
 */

const post = (message: WorkerMessage): void => parentPort?.postMessage(message);

let stopAsked = false;
/** Set once a build went live: later builds are quick cache passes whose check is not shown. */
let live = false;
parentPort?.on('message', (message: WorkerRequest) => {
  if (message.type === 'stop') stopAsked = true;
});

function outcomeOf(result: BuildResult): BuildOutcome {
  return {
    ok: result.ok,
    errors: result.errors,
    warnings: result.warnings,
    version: result.version,
    heldBack: result.heldBack,
    tilesPending: result.pendingTiles.length,
  };
}

/**
 * The check looks at every image before the build reports anything else; a message per image keeps
 * `buildInWorker`'s no-progress watchdog from taking a long check for a hung one. The build's own
 * header reading is kept (not replaced by a decoding inspection): it remembers what it read, so an
 * unchanged photo is not read again, and it leaves decoding to the derivatives step, which decodes
 * each new image anyway.
 */
function checkProgress(): () => void {
  let done = 0;
  return () => {
    const progress: BuildProgress = { phase: 'check', done: ++done, total: 0 };
    // The watchdog still hears from a later pass; the terminal and the status page do not.
    post(live ? { type: 'alive' } : { type: 'progress', detail: progress });
  };
}

async function main(): Promise<void> {
  const input = workerData as WorkerBuildInput;
  const result = await buildThenTiles(
    {
      source: input.source,
      out: input.out,
      ...(input.cacheDir ? { cacheDir: input.cacheDir } : {}),
      onInspected: checkProgress(),
      onProgress: (detail) => post({ type: 'progress', detail }),
    },
    {
      onLive: (early) => {
        live = true;
        post({ type: 'live', outcome: outcomeOf(early) });
      },
      shouldStop: () => stopAsked,
    },
  );
  post({ type: 'done', outcome: outcomeOf(result) });
}

main().catch((error: unknown) =>
  post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
);
