import type { KioskDb } from '../db/kiosk-db';
import type { SyncOptions, SyncOutcome } from './engine';
import { inspectStore } from './inspect-store';
import type { SyncProgress } from './progress';
import type { HostProblem } from './source';
import type { SyncRunner } from './sync-runner';

/**
 * What the screens need to know. `first-sync` shows the progress screen, `unavailable` the friendly
 * retry screen; `ready` means a collection is live (possibly an older one while the host is away).
 */
type BootPhase = 'checking' | 'first-sync' | 'ready' | 'unavailable';

export interface SyncStatus {
  phase: BootPhase;
  /** Progress of the running sync, if any. */
  progress?: SyncProgress;
  syncing: boolean;
  /** Host state at the last attempt: for the admin screen only, visitors never see it. */
  host: 'unknown' | 'ok' | HostProblem;
  lastOutcome?: SyncOutcome;
}

export interface SyncController {
  getStatus(): SyncStatus;
  /** Calls `listener` after every status change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Boot: inspect the store, show the cache if there is one, then sync with the host. */
  start(): Promise<void>;
  /**
   * Syncs now (e.g. when the collection folder changed). Calls made while a sync runs are folded
   * into one more sync after it, so a burst of change events costs at most two syncs.
   */
  sync(options?: Pick<SyncOptions, 'rebuild'>): Promise<SyncOutcome>;
}

/**
 * Wires the sync engine, run by `runner` (on the page or in the sync worker), to a status the UI can
 * subscribe to. `db` is the page's own connection: the store's health is checked on it at boot.
 */
export function createSyncController(db: KioskDb, runner: SyncRunner): SyncController {
  let status: SyncStatus = { phase: 'checking', syncing: false, host: 'unknown' };
  const listeners = new Set<() => void>();
  const set = (patch: Partial<SyncStatus>) => {
    status = { ...status, ...patch };
    for (const listener of listeners) listener();
  };

  let running: Promise<SyncOutcome> | undefined;
  let queued: Promise<SyncOutcome> | undefined;

  async function runOnce(options: Pick<SyncOptions, 'rebuild'>): Promise<SyncOutcome> {
    set({ syncing: true });
    // The runner resolves once the new collection is live; the old slot settles after, off the
    // visitors' path.
    const outcome = await runner
      .run(options, (progress) =>
        set(progress.phase === 'ready' ? { progress, phase: 'ready' } : { progress }),
      )
      .catch((error: unknown): SyncOutcome => ({
        kind: 'failed',
        reason: 'fetch',
        detail: error instanceof Error ? error.message : String(error),
        cached: status.phase === 'ready',
      }));
    const live = outcome.kind === 'synced' || outcome.kind === 'unchanged' || outcome.cached;
    set({
      lastOutcome: outcome,
      host: outcome.kind === 'host-unavailable' ? outcome.problem : 'ok',
      phase: live ? 'ready' : 'unavailable',
    });
    // `syncing` stays true while the old slot settles: the store is still being written.
    await runner.whenSettled();
    set({ syncing: false, progress: undefined });
    return outcome;
  }

  function sync(options: Pick<SyncOptions, 'rebuild'> = {}): Promise<SyncOutcome> {
    if (!running) {
      running = runOnce(options).finally(() => (running = undefined));
      return running;
    }
    queued ??= running.then(() => {
      queued = undefined;
      return sync(options);
    });
    return queued;
  }

  async function start() {
    set({ phase: 'checking' });
    let health = await inspectStore(db);
    if (health.state === 'unopenable') {
      // The cache is disposable: a database this build cannot open is deleted and rebuilt.
      await db.delete();
      await db.open();
      health = await inspectStore(db);
    }
    const cached = health.state === 'ready' || health.state === 'stale-schema';
    set({ phase: cached ? 'ready' : 'first-sync' });
    await sync({ rebuild: health.state !== 'ready' && health.state !== 'empty' });
  }

  return {
    getStatus: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start,
    sync,
  };
}
