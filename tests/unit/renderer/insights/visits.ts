import { afterEach } from 'vitest';
import { localDay, localHour } from '../../../../renderer/insights/days';
import type { InsightEvent, SessionRecord } from '../../../../renderer/insights/insight-types';
import { InsightsDb } from '../../../../renderer/insights/insights-db';

/**
 * Fresh insights databases (fake-indexeddb), named apart and each deleted after its test. Call it
 * once at the top level of a test file; it returns the maker.
 */
export function freshDbs(prefix: string): () => InsightsDb {
  let dbs: InsightsDb[] = [];
  let n = 0;
  afterEach(async () => {
    await Promise.all(dbs.map((db) => db.delete()));
    dbs = [];
  });
  return () => {
    const db = new InsightsDb(`${prefix}-${process.pid}-${n++}`);
    dbs.push(db);
    return db;
  };
}

/** A local time on a day (`YYYY-MM-DD`), ms since the epoch. */
export function at(day: string, hour = 10, minute = 0): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hour, minute).getTime();
}

let n = 0;

/** A finished visit: two touches, a minute long, starting at `start`, with the events given. */
export function visit(
  start: number,
  events: InsightEvent[] = [],
  overrides: Partial<SessionRecord> = {},
): SessionRecord {
  return {
    id: `v${++n}`,
    start,
    end: start + 60_000,
    day: localDay(start),
    hour: localHour(start),
    languages: ['id'],
    a11yModes: [],
    orientation: 'landscape',
    interactions: 2,
    glance: false,
    endedBy: 'idle',
    events,
    ...overrides,
  };
}
