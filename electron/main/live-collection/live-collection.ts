import path from 'node:path';
import { currentBuild } from '../../node/collection/build-folders';
import { buildInWorker } from '../../node/live-collection/build-in-worker';
import { createLiveCollection } from '../../node/live-collection/live-collection';
import { verifyWorkerFile } from '../../node/live-collection/worker-integrity';
import { progressEvent } from '../../node/live-collection/progress-event';
import { EVENT_CHANNELS, type CollectionUpdatedEvent } from '../../shared/ipc';
import type { KioskContext } from '../context';
import { COLLECTION_WORKER_SHA256 } from './worker-hash';

/** Where compiled collections go: the user-data folder, so updates survive app upgrades. */
function compiledCollectionDir(context: KioskContext): string {
  return path.join(context.userData, 'collection');
}

/** The folder the protocol serves under `/collection/`: the last build that passed, if any. */
export function servedCollectionRoot(context: KioskContext): string | null {
  return currentBuild(compiledCollectionDir(context));
}

/**
 * Live collection updates: compile at start, then on every (debounced) change of the curator folder,
 * in a worker thread. Only a passing build tells the page to sync; a failing one stays on the status
 * page while visitors keep the last good collection. Returns a function that stops watching.
 */
export function setupCollectionUpdates(context: KioskContext): () => void {
  const configured = context.loaded.config.collectionDir;
  // A relative folder in the config is relative to the config file, not to wherever the app started.
  const source = configured
    ? path.resolve(path.dirname(context.loaded.path), configured)
    : context.paths.bundledCollection;
  const send = (channel: string, payload: unknown): void => {
    const contents = context.window?.webContents;
    if (contents && !contents.isDestroyed()) contents.send(channel, payload);
  };
  const live = createLiveCollection({
    source,
    out: compiledCollectionDir(context),
    build: async (input, hooks) => {
      // The worker is outside the asar: check it against the fingerprint in this bundle first.
      verifyWorkerFile(context.paths.collectionWorker, COLLECTION_WORKER_SHA256);
      return buildInWorker({
        workerFile: context.paths.collectionWorker,
        input,
        stallMs: context.loaded.config.buildStallMinutes * 60_000,
        ...hooks,
        // The first-run screen says what the build is doing while there is nothing to show yet.
        onProgress: (detail) => {
          const progress = progressEvent(detail);
          if (progress) send(EVENT_CHANNELS.collectionProgress, progress);
        },
      });
    },
    onGood: (outcome) => {
      const event: CollectionUpdatedEvent = { version: outcome.version ?? null };
      send(EVENT_CHANNELS.collectionUpdated, event);
    },
    log: context.log,
    onWatchError: (error) => context.log.warn('collection watch error', error),
  });
  context.updater = live;
  void live.request('start');
  live.watch();
  return () => live.stop();
}
