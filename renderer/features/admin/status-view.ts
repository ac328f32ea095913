import type {
  AdminStatus,
  CollectionProblemView,
  HeldBackRecordView,
  RecoveryView,
} from '../../../electron/shared/kiosk-status';
import type { PublishStatusView, WebHostStatus } from '../../../electron/shared/web-host-status';

/** What the renderer knows itself: its own copy of the collection and the host at the last sync. */
export interface RendererSyncView {
  /** Version in the page's store, and when it was switched in (ISO). */
  storeVersion: string | null;
  syncedAt: string | null;
  /** Host state at the last sync attempt (from the sync status's `host` flag). */
  host: 'unknown' | 'ok' | 'unreachable' | 'no-collection' | 'invalid';
  syncing: boolean;
  /** Why the last sync was abandoned (a damaged chunk, say), when it was; the old slot stayed live. */
  stoppedSync?: string | null;
}

/**
 * The admin status page in one shape, whichever host answered: Electron's main process
 * (`AdminStatus`) or the web host in browser mode (`WebHostStatus`). Absent facts are null.
 */
export interface StatusView {
  mode: 'kiosk' | 'browser';
  versions: { app: string; electron: string | null; chrome: string | null; node: string };
  uptimeSec: number;
  memoryMB: number;
  sourceDir: string | null;
  sourceMissing: boolean;
  building: boolean;
  watching: boolean | null;
  lastBuild: { at: string; version: string | null; warnings: number; tilesPending?: number } | null;
  /** Records the live build holds back (the first ones, of `count`); null while no build is live. */
  heldBack: { records: HeldBackRecordView[]; count: number } | null;
  rejected: { at: string; errors: CollectionProblemView[]; errorCount: number } | null;
  recoveries: RecoveryView[];
  configProblems: { field: string; message: string }[];
  /** With a publisher: what this kiosk holds from it. */
  publish: PublishStatusView | null;
}

function isWebHostStatus(status: AdminStatus | WebHostStatus): status is WebHostStatus {
  return 'mode' in status && status.mode === 'browser';
}

/** Normalises either host's status for the page. */
export function toStatusView(status: AdminStatus | WebHostStatus): StatusView {
  const collection = status.collection;
  const common = {
    uptimeSec: status.uptimeSec,
    memoryMB: status.memoryMB,
    sourceDir: collection?.sourceDir || null,
    sourceMissing: collection?.sourceMissing ?? false,
    building: collection?.building ?? false,
    lastBuild: collection?.lastGood ?? null,
    heldBack: collection?.lastGood
      ? {
          records: collection.lastGood.heldBack ?? [],
          count: collection.lastGood.heldBackCount ?? collection.lastGood.heldBack?.length ?? 0,
        }
      : null,
    rejected: collection?.lastFailure ?? null,
    publish: status.publish ?? null,
  };
  if (isWebHostStatus(status)) {
    return {
      ...common,
      mode: 'browser',
      versions: { app: status.versions.app, electron: null, chrome: null, node: status.versions.node },
      watching: status.watching,
      recoveries: [],
      configProblems: [],
    };
  }
  return {
    ...common,
    mode: 'kiosk',
    versions: status.versions,
    watching: null,
    recoveries: status.recoveries,
    configProblems: status.config.problems,
  };
}

/** Where a curator error is: `pieces/x/piece.yaml, line 4`. */
export function problemPlace(problem: CollectionProblemView): string {
  return problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
}

/** Uptime split for display: whole days, hours and minutes. */
export function splitUptime(seconds: number): { days: number; hours: number; minutes: number } {
  const minutesTotal = Math.floor(seconds / 60);
  return {
    days: Math.floor(minutesTotal / 1440),
    hours: Math.floor((minutesTotal % 1440) / 60),
    minutes: minutesTotal % 60,
  };
}
