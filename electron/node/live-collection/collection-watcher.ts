import { existsSync, watch, type FSWatcher } from 'node:fs';
import { debounce } from './debounce';

/**
 * Watches the curator folder and calls `onChange` once per burst of changes. When the folder goes
 * away (a USB drive pulled out) the watch stops, the folder is polled, and its return counts as a
 * change - so plugging the drive back in brings its collection up without anyone touching the kiosk.
 */

/** Options for {@link watchCollection}. */
export interface CollectionWatchOptions {
  dir: string;
  onChange: () => void;
  /** Quiet time after the last event before `onChange` (default 2 s). */
  debounceMs?: number;
  /** How often a missing folder is looked for (default 5 s). */
  pollMs?: number;
  onError?: (error: Error) => void;
}

/** Starts watching; returns a function that stops it. */
export function watchCollection(options: CollectionWatchOptions): () => void {
  const { dir, debounceMs = 2_000, pollMs = 5_000 } = options;
  const debounced = debounce(options.onChange, debounceMs);
  let watcher: FSWatcher | null = null;
  let poll: ReturnType<typeof setInterval> | null = null;
  let stopped = false;

  const startPolling = (): void => {
    watcher?.close();
    watcher = null;
    if (poll || stopped) return;
    poll = setInterval(() => {
      if (!existsSync(dir)) return;
      clearInterval(poll ?? undefined);
      poll = null;
      startWatching();
      debounced.trigger();
    }, pollMs);
  };

  const startWatching = (): void => {
    if (stopped) return;
    if (!existsSync(dir)) return startPolling();
    try {
      // Recursive watching is native on Windows and macOS and supported on Linux since Node 20.
      watcher = watch(dir, { recursive: true }, () => {
        if (existsSync(dir)) debounced.trigger();
        else startPolling();
      });
      watcher.on('error', (error) => {
        options.onError?.(error);
        startPolling();
      });
    } catch (error) {
      options.onError?.(error as Error);
      startPolling();
    }
  };

  startWatching();
  return () => {
    stopped = true;
    debounced.cancel();
    watcher?.close();
    if (poll) clearInterval(poll);
  };
}
