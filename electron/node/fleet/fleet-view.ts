import { fleetVisits, kioskVisits, visitDays, type FleetVisits, type KioskVisits } from './fleet-visits';
import type { StoredHeartbeat } from './heartbeat-store';
import type { PublishedRead } from './published-version';

/**
 * What the page and `/api/kiosks` show: every kiosk with the two judgements an operator acts on.
 * Behind: it holds an older collection than the published one (or none). Silent: nothing heard
 * for longer than `silentAfterMs`, three missed heartbeats by default, so one lost packet or a
 * slow restart does not raise an alarm. Besides, the visitor counts the kiosks' pages reported, per
 * kiosk and summed (fleet-visits.ts).
 */

export interface FleetView {
  /** When the view was made (ISO). */
  now: string;
  published: {
    /** The version kiosks should hold; null when nothing says. */
    version: number | null;
    /** `latest`: read from --latest; `kiosks`: the highest any kiosk reports. */
    source: 'latest' | 'kiosks';
    /** Why --latest could not be read (then `version` is null). */
    problem: string | null;
  };
  silentAfterMs: number;
  /** The receiver's own trouble (its store file), for the operator to fix. */
  receiverProblems: string[];
  kiosks: (StoredHeartbeat & {
    behind: boolean;
    silent: boolean;
    silentForMs: number;
    /** Null when the kiosk's heartbeat carried no counts. */
    visits: KioskVisits | null;
  })[];
  /** Visits per day over every kiosk that sent counts. */
  visits: FleetVisits;
}

export interface FleetViewInput {
  kiosks: readonly StoredHeartbeat[];
  /** What --latest gave; null without --latest. */
  latest: PublishedRead | null;
  now: Date;
  silentAfterMs: number;
  receiverProblems: string[];
}

export function fleetView({
  kiosks,
  latest,
  now,
  silentAfterMs,
  receiverProblems,
}: FleetViewInput): FleetView {
  const published: FleetView['published'] =
    latest === null
      ? { version: highestVersion(kiosks), source: 'kiosks', problem: null }
      : latest.kind === 'ok'
        ? { version: latest.version, source: 'latest', problem: null }
        : { version: null, source: 'latest', problem: latest.reason };
  const days = visitDays(now);
  const shown = kiosks.map((kiosk) => {
    const silentForMs = Math.max(0, now.getTime() - Date.parse(kiosk.receivedAt));
    const behind =
      published.version !== null && (kiosk.version === null || kiosk.version < published.version);
    const visits = kioskVisits(kiosk.insights, days);
    return { ...kiosk, behind, silent: silentForMs > silentAfterMs, silentForMs, visits };
  });
  return {
    now: now.toISOString(),
    published,
    silentAfterMs,
    receiverProblems,
    kiosks: shown,
    visits: fleetVisits(
      shown.map((kiosk) => kiosk.visits),
      days,
    ),
  };
}

function highestVersion(kiosks: readonly StoredHeartbeat[]): number | null {
  let highest: number | null = null;
  for (const { version } of kiosks)
    if (version !== null && (highest === null || version > highest)) highest = version;
  return highest;
}
