import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../../renderer/insights/days';
import type { InsightEvent, SessionRecord } from '../../../../renderer/insights/insight-types';
import { InsightsDb } from '../../../../renderer/insights/insights-db';
import { readInsights } from '../../../../renderer/insights/insights-read';
import { writeSessions } from '../../../../renderer/insights/insights-store';
import { seededRandom } from '../../../bench/store/generate-collection';
import { at, visit } from './visits';

/**
 * The storage bound, on a busy kiosk's year: 500 visits a day for 365 days, written a day at a
 * time as the recorder would (it writes more often, in smaller batches), keeping 30 days of raw
 * sessions. The raw rows stay a month's worth and the year of daily rows stays small, because
 * every map in a rollup is bounded: 200 search texts (and 200 zero-result texts) of at most 60
 * characters, one entry per piece and motif of the collection (150 and 40 here), and a few fixed
 * names. That makes a row at most about 2 x 200 x ~75 B + 190 x ~50 B + ~3 KB < 40 KB whatever
 * visitors type, so a year is under 365 x 40 KB (~14.3 MiB) as JSON, and three years (KEEP_DAYS)
 * under ~43 MiB. Visits carry few events each (a handful, not dozens) to keep fake-indexeddb fast.
 */

const DAYS = 365;
const PER_DAY = 500;
const KEEP_RAW_DAYS = 30;
const ROW_BOUND_BYTES = 40 * 1024;

const random = seededRandom(15);
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
const pieces = Array.from({ length: 150 }, (_, i) => `piece-${i}`);
const motifs = Array.from({ length: 40 }, (_, i) => `motif-${i}`);
// More distinct texts than a day keeps, some long, so the caps are reached every day.
const texts = Array.from({ length: 900 }, (_, i) => `${'batik pesisir '.repeat(1 + (i % 5))}${i}`);

function dayOfVisits(day: string, n: { id: number }): SessionRecord[] {
  return Array.from({ length: PER_DAY }, () => {
    const start = at(day, 8 + Math.floor(random() * 10), Math.floor(random() * 60));
    const events: InsightEvent[] = [
      { kind: 'screen', at: start, screen: pick(['home', 'browse', 'motifs', 'search']) },
      { kind: 'piece', at: start + 1, id: pick(pieces), dwellMs: Math.floor(random() * 120_000) },
    ];
    if (random() < 0.4) events.push({ kind: 'motif', at: start + 2, id: pick(motifs), dwellMs: 20_000 });
    if (random() < 0.5)
      events.push({ kind: 'search', at: start + 3, text: pick(texts), results: random() < 0.3 ? 0 : 5 });
    if (random() < 0.2)
      events.push({ kind: 'zoom', at: start + 4, pieceId: pick(pieces), depth: 1 + random() * 10 });
    return visit(start, events, {
      id: `y${n.id++}`,
      end: start + 10_000 + Math.floor(random() * 900_000),
      languages: random() < 0.3 ? ['id', 'en'] : ['id'],
      glance: random() < 0.1,
    });
  });
}

const db = new InsightsDb(`insights-year-${process.pid}`);
afterAll(() => db.delete());

describe('a year of visits', () => {
  it('keeps 30 days of raw sessions and 365 small daily rows', async () => {
    const first = '2024-04-01';
    const n = { id: 0 };
    for (let d = 0; d < DAYS; d++) {
      const day = addDays(first, d);
      await writeSessions(db, dayOfVisits(day, n), { keepRawDays: KEEP_RAW_DAYS, now: at(day, 19) });
    }
    const last = addDays(first, DAYS - 1);

    const rawDays = new Set(await db.sessions.orderBy('day').uniqueKeys());
    expect(rawDays.size).toBe(KEEP_RAW_DAYS);
    expect(await db.sessions.count()).toBe(KEEP_RAW_DAYS * PER_DAY);
    expect([...rawDays].sort()[0]).toBe(addDays(last, -(KEEP_RAW_DAYS - 1)));

    const rows = await db.daily.toArray();
    expect(rows).toHaveLength(DAYS);
    const sizes = rows.map((row) => new TextEncoder().encode(JSON.stringify(row)).length);
    expect(Math.max(...sizes)).toBeLessThan(ROW_BOUND_BYTES);
    expect(sizes.reduce((a, b) => a + b)).toBeLessThan(DAYS * ROW_BOUND_BYTES);
    for (const row of rows) {
      expect(Object.keys(row.searchTexts).length).toBeLessThanOrEqual(200);
      expect(row.sessions + row.glances).toBe(PER_DAY);
    }

    const year = await readInsights(db, 'all', at(last, 20));
    expect(year.days).toHaveLength(DAYS);
    expect(year.sessions + year.glances).toBe(DAYS * PER_DAY);
    // About 10 s alone (measured rows: 15-19 KB each, 6.2 MB for the year); room for a loaded machine.
  }, 60_000);
});
