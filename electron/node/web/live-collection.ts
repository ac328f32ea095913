import { fileURLToPath } from 'node:url';
import type { CollectionStatus } from '../../shared/kiosk-status';
import { currentBuild } from '../collection/build-folders';
import { heldBackLines } from '../collection/held-back-text';
import { buildInWorker } from '../live-collection/build-in-worker';
import type { BuildHooks, BuildOutcome } from '../live-collection/collection-updater';
import { createLiveCollection, type LiveCollection } from '../live-collection/live-collection';
import { progressPrinter } from '../cli/build-progress';
import type { BuildProgress } from '../collection/build';
import type { ProgressStream } from '../cli/terminal-progress';
import { buildOutcomeLines, buildStartLine, servingLine } from './build-lines';

/**
 * The web host's collection: the shared live collection (compiled in a worker thread, and with
 * `watch` rebuilt after every burst of changes in the curator folder), plus what only the web host
 * does: it prints curator-readable lines, and it keeps the served folder itself. The served folder
 * switches only when a build passes; a failing build leaves the last good one served and its report
 * in {@link WebLiveCollection.status}; a folder that disappears changes nothing.
 */
export interface WebLiveCollectionOptions {
  source: string;
  out: string;
  /** Called after a passing build switched the served folder to a new version. */
  onUpdated: (update: { version: string | null; root: string }) => void;
  /** Curator-readable lines (errors, warnings, what is served). */
  print?: (line: string) => void;
  /** Print every warning, not counts by kind. */
  verbose?: boolean;
  /** The worker build's no-progress limit (the config's `buildStallMinutes`); its default otherwise. */
  stallMs?: number;
  /** Where the worker build's progress is shown (a bar on a terminal, plain lines otherwise). */
  progress?: ProgressStream;
  /** Each progress report of the worker build, for the pages (the first-run screen). */
  onProgress?: (progress: BuildProgress) => void;
  /** The compiler; defaults to the kiosk's worker-thread build. Injected by tests. */
  build?: (input: { source: string; out: string }, hooks: BuildHooks) => Promise<BuildOutcome>;
  /** Quiet time after the last file event (default 1 s: a browser preview should feel quick). */
  debounceMs?: number;
  pollMs?: number;
  /** See `LiveCollectionOptions.sourceExists` (a publisher's URL is not a folder). */
  sourceExists?: () => boolean;
  /** The first line of each build; a pulled bundle says so instead of "Building". */
  startLine?: (source: string) => string;
}

const WORKER_ENTRY = fileURLToPath(new URL('./collection-worker-entry.mjs', import.meta.url));

/** The kiosk's worker build, started through the tsx-registering entry beside this file. */
async function buildInWebWorker(
  input: { source: string; out: string },
  hooks: BuildHooks,
  options: Pick<WebLiveCollectionOptions, 'stallMs' | 'progress' | 'onProgress'>,
): Promise<BuildOutcome> {
  const printer = options.progress ? progressPrinter(options.progress) : null;
  try {
    return await buildInWorker({
      workerFile: WORKER_ENTRY,
      input,
      ...hooks,
      ...(options.stallMs ? { stallMs: options.stallMs } : {}),
      onProgress: (detail) => {
        printer?.(detail as BuildProgress);
        options.onProgress?.(detail as BuildProgress);
      },
    });
  } finally {
    printer?.stop();
  }
}

export class WebLiveCollection {
  private served: string | null;
  private servedVersion: string | null = null;
  private readonly live: LiveCollection;
  /** Resolves when a build is first switched in; the host need not wait for the tiles after it. */
  private firstSwitch: Promise<void>;
  private firstSwitched: () => void = () => undefined;

  constructor(private readonly options: WebLiveCollectionOptions) {
    // A good build from an earlier run is served until this run's first build says otherwise.
    this.served = currentBuild(options.out);
    this.firstSwitch = new Promise((resolve) => {
      this.firstSwitched = resolve;
    });
    const print = options.print ?? (() => undefined);
    const build = options.build ?? ((input, hooks) => buildInWebWorker(input, hooks, options));
    this.live = createLiveCollection({
      source: options.source,
      out: options.out,
      build: async (input, hooks) => {
        print(
          options.startLine?.(input.source) ?? buildStartLine(input.source, currentBuild(input.out) !== null),
        );
        const verbose = options.verbose === true;
        const report = (outcome: BuildOutcome) => {
          for (const line of buildOutcomeLines(outcome, input.source, { verbose })) print(line);
          if (outcome.ok) for (const line of heldBackLines(outcome.heldBack ?? [])) print(line);
        };
        const outcome = await build(input, {
          ...hooks,
          onLive: (early) => {
            report(early);
            hooks.onLive(early);
            print(servingLine(this.served, true, early.tilesPending));
          },
        });
        report(outcome);
        return outcome;
      },
      onGood: (outcome) => this.switchIn(outcome.version ?? null),
      onSettled: (passed) => print(servingLine(this.served, passed)),
      // Build outcomes are printed above in full; the updater's own lines add the missing-folder and
      // crashed-worker cases.
      log: {
        info: () => undefined,
        warn: (message, detail) => {
          if (typeof detail === 'string') print(`${message}: ${detail}`);
        },
        error: (message, detail) =>
          print(`${message}: ${detail instanceof Error ? detail.message : String(detail)}`),
      },
      debounceMs: options.debounceMs ?? 1_000,
      ...(options.sourceExists ? { sourceExists: options.sourceExists } : {}),
      ...(options.pollMs ? { pollMs: options.pollMs } : {}),
      onWatchError: (error) => print(`watching ${options.source} failed: ${error.message}`),
    });
  }

  /** The compiled folder to serve now, read per request. */
  root(): string | null {
    return this.served;
  }

  status(): CollectionStatus {
    return this.live.status();
  }

  /**
   * Builds once and, with `watch`, keeps rebuilding on changes. Resolves once the build is live (or
   * has failed): the deep-zoom tiles it still lacks go on being made in the background.
   */
  async start(watch: boolean): Promise<void> {
    await Promise.race([this.rebuild('start'), this.firstSwitch]);
    if (watch) this.live.watch();
  }

  /** Rebuilds now, as a change of the folder would. */
  async rebuild(reason = 'request'): Promise<void> {
    await this.live.request(reason);
  }

  stop(): void {
    this.live.stop();
  }

  private switchIn(version: string | null): void {
    const next = currentBuild(this.options.out);
    if (!next) return;
    this.firstSwitched();
    const changed =
      this.served === null || version === null || version !== this.servedVersion || next !== this.served;
    this.served = next;
    this.servedVersion = version;
    // An edit that compiles to the same content (a saved file, a comment) is no news for the page;
    // a damaged build replaced by a fresh copy of the same version is (a page may have failed on it).
    if (changed) this.options.onUpdated({ version, root: next });
  }
}
