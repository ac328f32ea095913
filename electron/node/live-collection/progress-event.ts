import type { CollectionProgressEvent } from '../../shared/ipc';
import { readCollectionProgress } from '../../shared/ipc';
import type { BuildProgress } from '../collection/build';

/**
 * Least time between two progress events a page hears. A build reports every file it checks and
 * every image it makes (about 290 reports in the sample's 15 s first build), and every event
 * re-renders the first-run screen: in Chromium that was about 3 s of CPU taken from the build on a
 * 2-core machine (measured 2026-12-05, issue 12). Four updates a second still read as a moving bar.
 */
const PROGRESS_EVENT_INTERVAL_MS = 250;

/**
 * A worker build's progress report as the pages hear it (`CollectionProgressEvent`), or null when
 * it is not one: the report crossed a thread boundary, so it is checked field by field.
 */
export function progressEvent(detail: unknown): CollectionProgressEvent | null {
  const { phase, done, total } = (detail ?? {}) as Partial<BuildProgress>;
  return readCollectionProgress({ step: phase, done, total });
}

/**
 * Turns a build's reports into page events, at most one per `intervalMs`: the first report and
 * every change of step go out at once, and within a step the latest report waiting goes out when
 * the interval ends, so the page never stays behind by more than one interval.
 */
export function progressEventSender(
  send: (event: CollectionProgressEvent) => void,
  intervalMs = PROGRESS_EVENT_INTERVAL_MS,
): (detail: unknown) => void {
  let lastSentAt = -Infinity;
  let lastStep: CollectionProgressEvent['step'] | null = null;
  let waiting: CollectionProgressEvent | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const sendNow = (event: CollectionProgressEvent) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    waiting = null;
    lastSentAt = performance.now();
    lastStep = event.step;
    send(event);
  };
  return (detail) => {
    const event = progressEvent(detail);
    if (!event) return;
    const sinceLast = performance.now() - lastSentAt;
    if (event.step !== lastStep || sinceLast >= intervalMs) {
      sendNow(event);
      return;
    }
    waiting = event;
    timer ??= setTimeout(() => {
      timer = undefined;
      if (waiting) sendNow(waiting);
    }, intervalMs - sinceLast);
  };
}
