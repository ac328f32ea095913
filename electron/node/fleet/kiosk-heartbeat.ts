/**
 * A kiosk's side of the fleet report, shared by both hosts: what it tells the receiver (the
 * published version it holds, when verified, its problems in plain sentences, how long it runs,
 * the page's daily visitor counts) and the sender started from the host's settings.
 */
import type { DailySummary } from '../../shared/insights-summary';
import type { CollectionStatus } from '../../shared/kiosk-status';
import type { PublishStatusView } from '../../shared/web-host-status';
import { readTokenFile } from './fleet-args';
import type { HeartbeatReading } from './heartbeat-schema';
import { startHeartbeats, type HeartbeatSender } from './heartbeat-sender';

/** Problems sent at most, each cut to the receiver's limit. */
const MAX_PROBLEMS = 20;
const MAX_PROBLEM_CHARS = 500;

export interface KioskState {
  publish: PublishStatusView | null;
  collection: CollectionStatus | null;
  uptimeSec: number;
  /** The page's last visitor-insights brief (already checked by the host); null before the first. */
  insights?: DailySummary[] | null;
}

/** The heartbeat's contents from what the host's status page shows. */
export function heartbeatReading(state: KioskState): HeartbeatReading {
  const problems: string[] = [];
  if (state.publish?.problem) problems.push(state.publish.problem);
  const collection = state.collection;
  if (collection?.sourceMissing)
    problems.push(`The collection folder ${collection.sourceDir} cannot be found.`);
  for (const error of collection?.lastFailure?.errors ?? []) problems.push(`${error.file}: ${error.message}`);
  const held = collection?.lastGood?.heldBackCount ?? collection?.lastGood?.heldBack?.length ?? 0;
  if (held > 0) problems.push(`${held} piece(s) or motif(s) held back by errors in their own folders.`);
  return {
    version: state.publish?.version ?? null,
    verifiedAt: state.publish?.verifiedAt ?? null,
    problems: problems
      .slice(0, MAX_PROBLEMS)
      .map((p) => (p.length > MAX_PROBLEM_CHARS ? `${p.slice(0, MAX_PROBLEM_CHARS - 3)}...` : p)),
    uptimeSeconds: Math.max(0, Math.round(state.uptimeSec)),
    // Absent, not empty, when the page never reported: the receiver shows "no counts", not zero.
    ...(state.insights ? { insights: state.insights } : {}),
  };
}

export interface FleetReportSettings {
  /** The receiver's heartbeat address (`http://host:port/heartbeat`). */
  url: string;
  tokenFile: string;
  name: string;
  intervalMs: number;
}

/** Starts the heartbeats, or says in one sentence why it cannot (a bad token file). */
export function startFleetReport(
  settings: FleetReportSettings,
  read: () => KioskState,
  log: (message: string) => void,
): HeartbeatSender | null {
  const token = readTokenFile(settings.tokenFile);
  if (!token.ok) {
    log(`fleet report off: ${token.message}`);
    return null;
  }
  return startHeartbeats({
    url: settings.url,
    token: token.token,
    name: settings.name,
    intervalMs: settings.intervalMs,
    read: async () => heartbeatReading(read()),
    onProblem: (message) => log(`fleet report: ${message}`),
  });
}
