import { existsSync } from 'node:fs';
import type { CollectionStatus } from '../../shared/kiosk-status';
import type { KioskLogger } from '../storage/rotating-log';
import { watchCollection } from './collection-watcher';
import { CollectionUpdater, type BuildHooks, type BuildOutcome } from './collection-updater';

/**
 * The watch -> build -> switch wiring both hosts share (Electron main and the web host): a change
 * of the curator folder asks for a build, builds never overlap, a missing folder changes nothing,
 * and only a passing build reaches `onGood`, where the host switches to it and tells its pages.
 */

/** Options for {@link createLiveCollection}. */
export interface LiveCollectionOptions {
  /** The curator folder. */
  source: string;
  /** Where the builds go (the compiler's output folder with its current-build pointer). */
  out: string;
  /**
   * Compiles `source` into `out`: the worker-thread build in both hosts, a stand-in in tests. It may
   * go live early through `hooks.onLive` (deep-zoom tiles still to come) and should wind up soon
   * once `hooks.signal` aborts (a change is waiting).
   */
  build: (input: { source: string; out: string }, hooks: BuildHooks) => Promise<BuildOutcome>;
  /** Called after each passing build, and for each early one. */
  onGood: (outcome: BuildOutcome) => void;
  /** Called once a request is handled, with whether its last build passed (false: none ran). */
  onSettled?: (passed: boolean) => void;
  log?: KioskLogger;
  /** Quiet time after the last file event before a build (the watcher's default otherwise). */
  debounceMs?: number;
  /** How often a missing folder is looked for (the watcher's default otherwise). */
  pollMs?: number;
  onWatchError?: (error: Error) => void;
  /** Whether there is anything to build from (default: the folder exists; a publisher's URL always). */
  sourceExists?: () => boolean;
}

/** A live collection: builds on request and, once watching, on every burst of changes. */
export interface LiveCollection {
  /**
   * Asks for a build. Resolves when the folder state has been handled, including a rerun queued by
   * a change during the build.
   * @param reason - logged, e.g. `start`, `change`, `admin`
   */
  request(reason: string): Promise<void>;
  /** Asks for a build and resolves once it is live (tiles may still be coming) or has ended. */
  requestLive(reason: string): Promise<void>;
  /** A snapshot for the status page. */
  status(): CollectionStatus;
  /** Starts watching the curator folder; a second call while watching does nothing. */
  watch(): void;
  /** Stops watching. */
  stop(): void;
}

/** Wires the updater to the folder watcher; nothing is built until the first request. */
export function createLiveCollection(options: LiveCollectionOptions): LiveCollection {
  const { source, out } = options;
  let lastPassed = false;
  let stopWatching: (() => void) | null = null;
  const updater = new CollectionUpdater({
    sourceDir: source,
    sourceExists: options.sourceExists ?? (() => existsSync(source)),
    build: async (hooks) => {
      const outcome = await options.build({ source, out }, hooks);
      lastPassed = outcome.ok;
      return outcome;
    },
    onGood: options.onGood,
    ...(options.log ? { log: options.log } : {}),
  });

  const request = async (reason: string): Promise<void> => {
    lastPassed = false;
    await updater.request(reason);
    options.onSettled?.(lastPassed);
  };

  return {
    request,
    requestLive: (reason) => updater.requestLive(reason),
    status: () => updater.status(),
    watch: () => {
      if (stopWatching) return;
      stopWatching = watchCollection({
        dir: source,
        onChange: () => void request('change'),
        ...(options.debounceMs !== undefined ? { debounceMs: options.debounceMs } : {}),
        ...(options.pollMs !== undefined ? { pollMs: options.pollMs } : {}),
        ...(options.onWatchError ? { onError: options.onWatchError } : {}),
      });
    },
    stop: () => {
      stopWatching?.();
      stopWatching = null;
    },
  };
}
