import type { CollectionProblemView, CollectionStatus, HeldBackRecordView } from '../../shared/kiosk-status';
import type { KioskLogger } from '../storage/rotating-log';

/**
 * Keep-last-good for live collection updates. Each change of the curator folder asks for a build;
 * builds never overlap (a change during a build queues exactly one more), a missing folder changes
 * nothing, and only a build that passes tells the page to sync. A failing build leaves the last good
 * collection on screen and its report on the status page; a passing build that held back pieces or
 * motifs puts them on the status page with the version that went live.
 */

/** What a build reports back; the shape of the compiler's result that the updater reads. */
export interface BuildOutcome {
  ok: boolean;
  errors: readonly CollectionProblemView[];
  warnings: readonly CollectionProblemView[];
  /** Content version of the new manifest, when the runner could read it. */
  version?: string | null;
  /** Pieces and motifs a passing build held back because of errors in their own folders. */
  heldBack?: readonly HeldBackRecordView[];
  /** Images of this build still without deep-zoom tiles (being made after it went live). */
  tilesPending?: number;
}

/** What a build is given besides the folder: how to go live early, and when to give way. */
export interface BuildHooks {
  /** A build passed before the whole run ended (its tiles are still being made): switch to it. */
  onLive: (outcome: BuildOutcome) => void;
  /** Aborted when a change of the folder is waiting for a build. */
  signal: AbortSignal;
}

/** Dependencies of {@link CollectionUpdater}; all injectable for tests. */
export interface CollectionUpdaterOptions {
  sourceDir: string;
  sourceExists: () => boolean;
  build: (hooks: BuildHooks) => Promise<BuildOutcome>;
  /** Called after a passing build; the adapter tells the renderer to sync. */
  onGood: (outcome: BuildOutcome) => void;
  log?: KioskLogger;
  now?: () => Date;
}

/** How many curator errors the status page keeps (the full list is in the log and the CLI). */
const ERRORS_KEPT = 50;
/** How many held-back records the status page keeps, likewise, and how many problems of each. */
const HELD_BACK_KEPT = 50;
const PROBLEMS_PER_RECORD = 10;

export class CollectionUpdater {
  private running: Promise<void> | null = null;
  private queued = false;
  /** Aborts the running build's tiles step, so a waiting change is built soon. */
  private giveWay: AbortController | null = null;
  /** Callers of `requestLive` waiting for the next build to start. */
  private waitingForLive: (() => void)[] = [];
  private state: CollectionStatus;

  constructor(private readonly options: CollectionUpdaterOptions) {
    this.state = {
      sourceDir: options.sourceDir,
      sourceMissing: false,
      building: false,
      lastGood: null,
      lastFailure: null,
    };
  }

  /** A snapshot for the status page. */
  status(): CollectionStatus {
    return structuredClone(this.state);
  }

  /**
   * Asks for a build. Resolves when the folder state has been handled, including a queued rerun.
   * @param reason - logged, e.g. `start`, `change`, `admin`
   */
  request(reason: string): Promise<void> {
    if (this.running) {
      this.queued = true;
      this.giveWay?.abort();
      return this.running;
    }
    this.running = this.loop(reason).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /**
   * Asks for a build, like `request`, but resolves as soon as the build that serves this request
   * is live (its deep-zoom tiles may still be coming) or has ended without going live: what an
   * admin's "sync now" waits for, rather than an hour of tiles.
   */
  requestLive(reason: string): Promise<void> {
    return new Promise((resolve) => {
      this.waitingForLive.push(resolve);
      void this.request(reason);
    });
  }

  private async loop(reason: string): Promise<void> {
    let why = reason;
    do {
      this.queued = false;
      await this.runOnce(why);
      why = 'change during build';
    } while (this.queued);
  }

  private async runOnce(reason: string): Promise<void> {
    // The callers of requestLive this build serves: those that asked before it started.
    const served = this.waitingForLive.splice(0);
    const release = () => served.splice(0).forEach((resolve) => resolve());
    try {
      await this.buildOnce(reason, release);
    } finally {
      release();
    }
  }

  private async buildOnce(reason: string, release: () => void): Promise<void> {
    const { log } = this.options;
    const now = this.options.now ?? (() => new Date());
    if (!this.options.sourceExists()) {
      if (!this.state.sourceMissing)
        log?.warn('collection folder missing; keeping the last good collection', this.state.sourceDir);
      this.state.sourceMissing = true;
      return;
    }
    this.state.sourceMissing = false;
    this.state.building = true;
    log?.info(`collection build started (${reason})`);
    const giveWay = new AbortController();
    this.giveWay = giveWay;
    try {
      const outcome = await this.options.build({
        onLive: (early) => {
          if (!early.ok) return;
          this.passed(early);
          release();
        },
        signal: giveWay.signal,
      });
      if (outcome.ok) {
        this.passed(outcome);
      } else {
        this.state.lastFailure = {
          at: now().toISOString(),
          errors: outcome.errors.slice(0, ERRORS_KEPT).map((problem) => ({ ...problem })),
          errorCount: outcome.errors.length,
        };
        log?.warn('collection build rejected; keeping the last good collection', {
          errors: outcome.errors.length,
          first: outcome.errors[0]?.message,
        });
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.state.lastFailure = {
        at: now().toISOString(),
        errors: [{ file: '', field: '', kind: 'internal', message, severity: 'error' }],
        errorCount: 1,
      };
      log?.error('collection build crashed; keeping the last good collection', error);
    } finally {
      this.state.building = false;
      this.giveWay = null;
    }
  }

  /** A build that passed: it becomes the last good one and the host switches to it. */
  private passed(outcome: BuildOutcome): void {
    const { log } = this.options;
    const now = this.options.now ?? (() => new Date());
    const heldBack = outcome.heldBack ?? [];
    this.state.lastGood = {
      at: now().toISOString(),
      version: outcome.version ?? null,
      warnings: outcome.warnings.length,
      heldBack: heldBack.slice(0, HELD_BACK_KEPT).map((record) => ({
        ...structuredClone({ ...record, problems: record.problems.slice(0, PROBLEMS_PER_RECORD) }),
        problemCount: record.problems.length,
      })),
      heldBackCount: heldBack.length,
      tilesPending: outcome.tilesPending ?? 0,
    };
    this.state.lastFailure = null;
    log?.info('collection build passed', {
      version: outcome.version ?? null,
      warnings: outcome.warnings.length,
      ...(outcome.tilesPending ? { tilesPending: outcome.tilesPending } : {}),
    });
    if (heldBack.length > 0) {
      log?.warn('collection build went live with records held back', {
        heldBack: heldBack.map(
          (r) => `${r.kind}/${r.id}${r.previousKept ? ' (last good version kept)' : ''}`,
        ),
        first: heldBack[0]?.problems[0]?.message,
      });
    }
    this.options.onGood(outcome);
  }
}
