import path from 'node:path';
import { currentBuild } from '../../node/collection/build-folders';
import { buildInWorker } from '../../node/live-collection/build-in-worker';
import { createLiveCollection } from '../../node/live-collection/live-collection';
import { verifyWorkerFile } from '../../node/live-collection/worker-integrity';
import { progressEventSender } from '../../node/live-collection/progress-event';
import { EVENT_CHANNELS, type CollectionUpdatedEvent } from '../../shared/ipc';
import type { KioskContext } from '../context';
import { COLLECTION_WORKER_SHA256 } from './worker-hash';
import { collectionPlan, type CollectionPlan } from '../../node/publish/publish-plan';
import { pollWhileIdle, publishedPull } from '../../node/publish/published-pull';

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
  const send = (channel: string, payload: unknown): void => {
    const contents = context.window?.webContents;
    if (contents && !contents.isDestroyed()) contents.send(channel, payload);
  };
  // A relative folder in the config is relative to the config file, not to wherever the app started.
  const plan = collectionPlan(context.loaded.config, context.loaded.path, context.paths.bundledCollection);
  if (plan.kind !== 'compile') return setupPublishedUpdates(context, plan, send);
  const source = plan.source;
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
        onProgress: progressEventSender((progress) => send(EVENT_CHANNELS.collectionProgress, progress)),
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

/**
 * A kiosk fed by a publisher: the same live collection (one update at a time, last good kept, the
 * page told on success), with the bundle puller in place of the compiler and a poll timer in place
 * of the folder watcher. The admin's "sync now" asks the live collection, so it polls at once. What
 * the kiosk holds is served from the start: no network request is in the way.
 */
function setupPublishedUpdates(
  context: KioskContext,
  plan: Exclude<CollectionPlan, { kind: 'compile' }>,
  send: (channel: string, payload: unknown) => void,
): () => void {
  const out = compiledCollectionDir(context);
  const pull =
    plan.kind === 'pull'
      ? publishedPull({ url: plan.url, keyFiles: plan.keyFiles, out })
      : publishedPull({ url: plan.source, keyFiles: [], out, refusal: plan.problem });
  const live = createLiveCollection({
    source: pull.status().url,
    out,
    sourceExists: () => true,
    build: (_input, hooks) => pull.build(hooks),
    onGood: (outcome) => {
      const event: CollectionUpdatedEvent = { version: outcome.version ?? null };
      send(EVENT_CHANNELS.collectionUpdated, event);
    },
    log: context.log,
  });
  context.updater = live;
  context.publishStatus = () => pull.status();
  void live.request('start');
  const stopPolling = pollWhileIdle(
    live,
    () => void live.request('poll'),
    plan.kind === 'pull' ? plan.intervalMs : 3_600_000,
  );
  return () => {
    stopPolling();
    live.stop();
  };
}
