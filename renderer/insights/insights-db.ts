import Dexie, { type Table } from 'dexie';
import type { DailyRollup, SessionRecord } from './insight-types';

/** Default database name: its own database, so a collection sync or wipe never touches it. */
const INSIGHTS_DB_NAME = 'kiosk-insights';

/** A small setting the store keeps for itself (e.g. `lastPrune`: the day raw sessions were pruned). */
export interface InsightsMetaRow {
  key: string;
  value: string;
}

/**
 * Visitor insights on the device: raw `sessions` (pruned after some days; indexed by day for the
 * prune and the export, by start for ordering), one `daily` rollup per day (kept for years), `meta`.
 */
export class InsightsDb extends Dexie {
  declare sessions: Table<SessionRecord, string>;
  declare daily: Table<DailyRollup, string>;
  declare meta: Table<InsightsMetaRow, string>;

  constructor(name: string = INSIGHTS_DB_NAME) {
    super(name);
    this.version(1).stores({ sessions: 'id, day, start', daily: 'day', meta: 'key' });
  }
}

let shared: InsightsDb | undefined;

/** The database the app uses (created on first call; Dexie opens it on first use). Tests construct `InsightsDb`. */
export function appInsightsDb(): InsightsDb {
  shared ??= new InsightsDb();
  return shared;
}
