/**
 * Detects a renderer that is alive but stuck (an endless loop in a timer, a wedged React tree):
 * the page pings over the bridge, and silence for too long means reload. Chromium's own
 * `unresponsive` event only fires for a blocked input queue, which a touch kiosk may not have.
 */

/** Result of a watchdog check. */
export type HeartbeatState = 'waiting-for-first-ping' | 'ok' | 'missed';

/** Tuning for {@link HeartbeatWatchdog}. */
export interface HeartbeatOptions {
  /** How often the renderer is expected to ping. */
  intervalMs: number;
  /** Pings missed in a row before the page counts as stuck. */
  missedLimit: number;
}

const DEFAULT_HEARTBEAT: HeartbeatOptions = { intervalMs: 10_000, missedLimit: 3 };

/**
 * Armed by the first ping, so a page that never pings (an old renderer build, the error screen) is
 * not reloaded in a loop. After a reload the caller calls {@link HeartbeatWatchdog.reset}, which
 * gives the page a full window to load and ping again.
 */
export class HeartbeatWatchdog {
  private lastPingAt: number | null = null;
  readonly options: HeartbeatOptions;

  constructor(options: Partial<HeartbeatOptions> = {}) {
    this.options = { ...DEFAULT_HEARTBEAT, ...options };
  }

  ping(now: number): void {
    this.lastPingAt = now;
  }

  /** Starts a fresh window at `now`, e.g. after a reload. */
  reset(now: number): void {
    if (this.lastPingAt !== null) this.lastPingAt = now;
  }

  /** Waits for a first ping again: the window now shows a page that never pings (a placeholder). */
  disarm(): void {
    this.lastPingAt = null;
  }

  check(now: number): HeartbeatState {
    if (this.lastPingAt === null) return 'waiting-for-first-ping';
    const { intervalMs, missedLimit } = this.options;
    return now - this.lastPingAt > intervalMs * missedLimit ? 'missed' : 'ok';
  }
}
