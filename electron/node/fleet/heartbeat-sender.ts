import type { HeartbeatBody, HeartbeatReading } from './heartbeat-schema';

/**
 * The kiosk's side of issue 14: post a heartbeat to the fleet receiver now and then every
 * `intervalMs`. The receiver is optional and may be down, so nothing here may disturb the kiosk:
 * no call throws or rejects, each post gives up after `timeoutMs`, and after failures the next
 * attempt waits twice as long each time (up to `maxBackoffMs`) so a dead receiver is not
 * hammered by every kiosk at once. The first success goes back to the plain interval.
 */

export interface HeartbeatSenderOptions {
  /** The receiver's heartbeat address, e.g. `http://10.0.0.5:5190/heartbeat`. */
  url: string;
  token: string;
  /** This kiosk's name (1-64 characters), as the receiver's page shows it. */
  name: string;
  intervalMs: number;
  /** What to report; called before each post. */
  read: () => Promise<HeartbeatReading>;
  fetch?: typeof fetch;
  /** One sentence per failed attempt (for the kiosk's log); never called on success. */
  onProblem?: (message: string) => void;
  /** Per post (default 10 s). */
  timeoutMs?: number;
  /** The longest wait after failures (default: 30 min, or the interval if that is longer). */
  maxBackoffMs?: number;
  /** Schedules the next attempt; returns a cancel function. Tests replace it. */
  schedule?: (run: () => void, delayMs: number) => () => void;
}

export interface HeartbeatSender {
  /** Stops the schedule and aborts a post in flight. */
  stop(): void;
  /** Posts at once (or joins the post in flight); the schedule restarts from here. Never rejects. */
  sendNow(): Promise<void>;
}

const defaultSchedule = (run: () => void, delayMs: number): (() => void) => {
  const timer = setTimeout(run, delayMs);
  // A heartbeat alone must not keep a closing process alive.
  timer.unref?.();
  return () => clearTimeout(timer);
};

export function startHeartbeats(options: HeartbeatSenderOptions): HeartbeatSender {
  const {
    url,
    token,
    name,
    intervalMs,
    read,
    timeoutMs = 10_000,
    maxBackoffMs = Math.max(intervalMs, 30 * 60_000),
    schedule = defaultSchedule,
  } = options;
  const fetchFn = options.fetch ?? fetch;
  const stopped = new AbortController();
  let failures = 0;
  let cancelNext: (() => void) | null = null;
  let inFlight: Promise<void> | null = null;

  const report = (message: string): void => {
    try {
      options.onProblem?.(message);
    } catch {
      // The caller's logger failing is no reason to stop sending.
    }
  };

  /** One attempt; true when the receiver accepted it. */
  const attempt = async (): Promise<boolean> => {
    let body: HeartbeatBody;
    try {
      body = { ...(await read()), name };
    } catch (error) {
      report(`Heartbeat not sent: reading the kiosk's state failed (${describe(error)}).`);
      return false;
    }
    // Stopped while reading: the kiosk is shutting down, nothing more goes out.
    if (stopped.signal.aborted) return false;
    try {
      const response = await fetchFn(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.any([stopped.signal, AbortSignal.timeout(timeoutMs)]),
      });
      if (response.ok) return true;
      const detail = (await response.text().catch(() => '')).trim().slice(0, 300);
      report(`The fleet receiver refused the heartbeat (${response.status})${detail ? `: ${detail}` : '.'}`);
    } catch (error) {
      if (!stopped.signal.aborted) report(`The fleet receiver could not be reached: ${describe(error)}.`);
    }
    return false;
  };

  const plan = (): void => {
    cancelNext?.();
    cancelNext = null;
    if (stopped.signal.aborted) return;
    const delay = failures === 0 ? intervalMs : Math.min(intervalMs * 2 ** failures, maxBackoffMs);
    cancelNext = schedule(() => void sendNow(), delay);
  };

  const sendNow = (): Promise<void> => {
    // After stop() this only waits for the post being cut short, so a host can await its end.
    if (stopped.signal.aborted) return inFlight ?? Promise.resolve();
    inFlight ??= attempt()
      .then((ok) => {
        failures = ok ? 0 : failures + 1;
      })
      .finally(() => {
        inFlight = null;
        plan();
      });
    return inFlight;
  };

  void sendNow();
  return {
    stop() {
      stopped.abort();
      cancelNext?.();
      cancelNext = null;
    },
    sendNow,
  };
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'TimeoutError') return 'no answer in time';
  // fetch's own message is a bare "fetch failed"; the cause says why (ECONNREFUSED...).
  const cause = (error as { cause?: unknown }).cause;
  const code = cause && typeof cause === 'object' ? (cause as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? `${error.message} (${code})` : error.message;
}
