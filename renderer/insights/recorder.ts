import type { RecorderCore } from './recorder-core';

/**
 * The page's one recorder, as screens and the shell see it. Only this small facade is in the
 * visitor's first chunk: the recorder itself (the session machine, the rollups, the writer) loads
 * after the first screen, when `load()` is called or at the first call that needs it. Until then
 * calls wait here with the time they were made, and are replayed in order on that clock, so a
 * visit that starts before the load is timed exactly as one that starts after it. `flush` loads
 * the recorder first if need be.
 */
export interface InsightsRecorder extends RecorderCore {
  /**
   * Registers what a screen still holds for the visit (a zoom depth, a search not yet settled), to
   * be recorded just before the visit ends: the idle reset ends the visit first and only then takes
   * the page to the attract screen, unmounting that screen. Returns the unregister function.
   */
  beforeEnd(pending: () => void): () => void;
  /** Starts loading the recorder; the app calls it once its first screen is up. */
  load(): Promise<void>;
}

/** Calls held while the recorder loads (a second or so); far more than a visit makes meanwhile. */
export const MAX_WAITING_CALLS = 2000;

type Call = { at: number; run: (core: RecorderCore) => void };

export interface FacadeOptions {
  /** Loads the recorder; its clock must be `clock` (the facade sets it while replaying). */
  loadCore: (clock: () => number) => Promise<RecorderCore>;
  now?: () => number;
  warn?: (message: string, error?: unknown) => void;
}

export function createRecorderFacade(options: FacadeOptions): InsightsRecorder {
  const now = options.now ?? Date.now;
  const warn = options.warn ?? ((message, error) => console.warn(message, error));
  let core: RecorderCore | null = null;
  let loading: Promise<void> | null = null;
  let waiting: Call[] = [];
  /** The time of the call being replayed; null once calls go straight through. */
  let replaying: number | null = null;
  const pendingBeforeEnd = new Set<() => void>();

  const load = () => {
    loading ??= options
      .loadCore(() => replaying ?? now())
      .then((loaded) => {
        for (const call of waiting) {
          replaying = call.at;
          try {
            call.run(loaded);
          } catch (error) {
            warn('insights: a held call failed', error);
          }
        }
        replaying = null;
        waiting = [];
        core = loaded;
      })
      .catch((error: unknown) => {
        // Insights are never worth a visitor's error: without the recorder, nothing is recorded.
        warn('insights: the recorder could not be loaded', error);
        waiting = [];
      });
    return loading;
  };

  const call = (run: (core: RecorderCore) => void) => {
    if (core) {
      run(core);
      return;
    }
    if (waiting.length >= MAX_WAITING_CALLS) waiting.shift();
    waiting.push({ at: now(), run });
  };

  return {
    touch: () => call((c) => c.touch()),
    route: (name, id) => call((c) => c.route(name, id)),
    record: (event) => call((c) => c.record(event)),
    language: (code) => call((c) => c.language(code)),
    a11yMode: (mode) => call((c) => c.a11yMode(mode)),
    end: (reason) => {
      for (const pending of pendingBeforeEnd) {
        try {
          pending();
        } catch (error) {
          warn('insights: a screen recording before the end failed', error);
        }
      }
      call((c) => c.end(reason));
    },
    beforeEnd: (pending) => {
      pendingBeforeEnd.add(pending);
      return () => pendingBeforeEnd.delete(pending);
    },
    configure: (settings) => call((c) => c.configure(settings)),
    flush: async () => {
      await load();
      await core?.flush();
    },
    load,
  };
}

let shared: InsightsRecorder | undefined;

/** The recorder the app uses, over `appInsightsDb()`. Tests use `createRecorderFacade`/`createRecorder`. */
export function insightsRecorder(): InsightsRecorder {
  shared ??= createRecorderFacade({
    loadCore: async (clock) => {
      const [{ createRecorder }, { appInsightsDb }] = await Promise.all([
        import('./recorder-core'),
        import('./insights-db'),
      ]);
      return createRecorder({ db: appInsightsDb(), now: clock });
    },
  });
  return shared;
}
