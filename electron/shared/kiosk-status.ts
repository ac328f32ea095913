import type { PublishStatusView } from './web-host-status';

/**
 * Data the admin status page and the renderer settings receive from main. Defined once here so the
 * main process, the preload and the renderer (and the web host's browser-mode stand-in) agree.
 * Type-only: nothing here may import a runtime-specific module.
 */

/** A curator error of a rejected collection update, as shown on the status page. */
export interface CollectionProblemView {
  file: string;
  field: string;
  line?: number;
  kind: string;
  message: string;
  severity: 'error' | 'warning';
}

/**
 * A piece or motif the live build holds back because of errors in its own folder: its last good
 * version stays live (`previousKept`) or it is not shown; `problems` says why, with file and line.
 */
export interface HeldBackRecordView {
  kind: 'pieces' | 'motifs';
  id: string;
  previousKept: boolean;
  problems: CollectionProblemView[];
  /** How many problems it has, when `problems` holds only the first ones. */
  problemCount?: number;
}

/** The collection pipeline as main sees it. */
export interface CollectionStatus {
  /** Curator folder being compiled and watched. */
  sourceDir: string;
  /** True while the folder can't be found (drive unplugged): visitors keep the last good copy. */
  sourceMissing: boolean;
  building: boolean;
  /**
   * The collection currently served, if any build ever passed, and the records it holds back (the
   * first ones, of `heldBackCount`; absent = none).
   */
  lastGood: {
    at: string;
    version: string | null;
    warnings: number;
    heldBack?: HeldBackRecordView[];
    heldBackCount?: number;
    /** Images of this build still waiting for their deep-zoom tiles (absent = none). */
    tilesPending?: number;
  } | null;
  /** The most recent rejected build, kept until a later build passes. */
  lastFailure: { at: string; errors: CollectionProblemView[]; errorCount: number } | null;
}

/** A recovery the main process performed (reload, relaunch, watchdog...). */
export interface RecoveryView {
  at: string;
  kind: string;
  detail: string;
}

/** Everything the admin status page shows from the main process. */
export interface AdminStatus {
  versions: { app: string; electron: string; chrome: string; node: string };
  startedAt: string;
  uptimeSec: number;
  memoryMB: number;
  collection: CollectionStatus;
  /** With a publisher configured: the version held, where from, when verified, the last problem. */
  publish?: PublishStatusView;
  config: { path: string; exists: boolean; problems: { field: string; message: string }[] };
  recoveries: RecoveryView[];
}

/** Settings from the kiosk config that the page needs; never includes the PIN hash. */
export interface KioskSettings {
  /** The config's choice and order of languages; null = the collection's. */
  languages: string[] | null;
  /** The config's start language; null = the collection's default. */
  defaultLanguage: string | null;
  idleTimeoutSec: number;
  idleCountdownSec: number;
  publicBaseUrl: string | null;
  /** Days the visitor insights keep each visit's own record. */
  insightsRawDays: number;
}

/** Answer to an unlock attempt. `lockedUntil` (epoch ms) is set while further guesses are refused. */
export interface UnlockResult {
  ok: boolean;
  lockedUntil?: number;
  /** Why unlocking is impossible, e.g. no PIN configured. */
  reason?: 'no-pin' | 'locked' | 'wrong-pin';
}

/** Answer to an admin action that needs an unlocked session. */
export interface AdminActionResult {
  ok: boolean;
  reason?: 'locked' | 'failed';
}
