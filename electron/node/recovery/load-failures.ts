/**
 * What to do when the kiosk's own page fails to load (the protocol handler failed, a file of the
 * renderer build is missing, a 4xx/5xx answer): a calm placeholder at once, so the window is never
 * left blank, and the page again after a delay that doubles with each failure in a row. Many
 * failures in a row ask for a relaunch: a fresh main process is what cures a wedged handler, and
 * the relaunch-loop guard bounds how often that can happen.
 */

/** Tuning for {@link LoadRetry}. */
export interface LoadRetryOptions {
  baseDelayMs: number;
  maxDelayMs: number;
  /** Failures in a row after which the app relaunches. */
  relaunchAfter: number;
}

export const DEFAULT_LOAD_RETRY: LoadRetryOptions = {
  baseDelayMs: 1_000,
  maxDelayMs: 60_000,
  relaunchAfter: 8,
};

/** The step after one failure. */
export type LoadRetryStep = { action: 'retry'; delayMs: number } | { action: 'relaunch' };

export class LoadRetry {
  private failures = 0;
  private readonly options: LoadRetryOptions;

  constructor(options: Partial<LoadRetryOptions> = {}) {
    this.options = { ...DEFAULT_LOAD_RETRY, ...options };
  }

  onFailure(): LoadRetryStep {
    const { baseDelayMs, maxDelayMs, relaunchAfter } = this.options;
    this.failures += 1;
    if (this.failures >= relaunchAfter) {
      this.failures = 0;
      return { action: 'relaunch' };
    }
    return { action: 'retry', delayMs: Math.min(maxDelayMs, baseDelayMs * 2 ** (this.failures - 1)) };
  }

  /** The page loaded: the next failure starts the delays over. */
  onLoaded(): void {
    this.failures = 0;
  }
}
