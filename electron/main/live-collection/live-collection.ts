import path from 'node:path';
import { currentBuild } from '../../node/collection/build-folders';
import { buildInWorker } from '../../node/live-collection/build-in-worker';
import { createLiveCollection } from '../../node/live-collection/live-collection';
import { verifyWorkerFile } from '../../node/live-collection/worker-integrity';
import { progressEvent } from '../../node/live-collection/progress-event';
import { EVENT_CHANNELS, type CollectionUpdatedEvent } from '../../shared/ipc';
import type { KioskContext } from '../context';
import { COLLECTION_WORKER_SHA256 } from './worker-hash';
import { BundlePuller } from '../../node/publish/bundle-puller';
import { folderSource, httpSource } from '../../node/publish/bundle-source';
import { collectionPlan, type CollectionPlan } from '../../node/publish/publish-plan';
import { readPublicKey } from '../../node/publish/signing-keys';
import type { PublishStatusView } from '../../shared/web-host-status';

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
  let puller: BundlePuller | null = null;
  const refusal = plan.kind === 'refused' ? plan.problem : null;
  const status = (): PublishStatusView =>
    puller?.status() ?? {
      url: plan.kind === 'pull' ? plan.url : plan.source,
      version: null,
      verifiedAt: null,
      problem: refusal,
      checkedAt: null,
    };
  const open = async (): Promise<BundlePuller> => {
    if (plan.kind !== 'pull') throw new Error(plan.problem);
    const keys = await Promise.all(plan.keyFiles.map((file) => readPublicKey(file)));
    const source = /^https?:\/\//i.test(plan.url) ? httpSource(plan.url) : folderSource(plan.url);
    const opened = new BundlePuller({ source, out, keys });
    await opened.load();
    return opened;
  };
  const live = createLiveCollection({
    source: plan.kind === 'pull' ? plan.url : plan.source,
    out,
    sourceExists: () => true,
    build: async (_input, hooks) => {
      try {
        puller ??= await open();
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return {
          ok: false,
          errors: [{ file: 'latest.json', field: '', kind: 'publish', message, severity: 'error' }],
          warnings: [],
        };
      }
      return puller.pull(hooks);
    },
    onGood: (outcome) => {
      const event: CollectionUpdatedEvent = { version: outcome.version ?? null };
      send(EVENT_CHANNELS.collectionUpdated, event);
    },
    log: context.log,
  });
  context.updater = live;
  context.publishStatus = status;
  void live.request('start');
  // Not while a pull runs: a request then aborts it (the updater's give-way), downloads and all.
  const timer = setInterval(
    () => live.status().building || void live.request('poll'),
    plan.kind === 'pull' ? plan.intervalMs : 3_600_000,
  );
  timer.unref();
  return () => {
    clearInterval(timer);
    live.stop();
  };
}
