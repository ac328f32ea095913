import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { SUMMARY_DAYS } from '../../../../electron/shared/insights-summary';
import { addDays } from '../../../../renderer/insights/days';
import { readInsights, resetInsights } from '../../../../renderer/insights/insights-read';
import { dailySummaries, KEEP_DAYS, writeSessions } from '../../../../renderer/insights/insights-store';
import { at, freshDbs, visit } from './visits';

const freshDb = freshDbs('insights-store');

const today = '2025-03-20';
const now = at(today, 18);
const search = (text: string, results: number) => ({ kind: 'search' as const, at: 0, text, results });

describe('insights store: write then read', () => {
  it('reads each range from the daily rows, with every day of the range listed', async () => {
    const db = freshDb();
    await writeSessions(
      db,
      [
        visit(at(today, 9), [search('parang', 0)], { languages: ['id', 'en'] }),
        visit(at(today, 9, 30), [{ kind: 'piece', at: 0, id: 'p1', dwellMs: 5000 }]),
        visit(at(today, 11), [], { glance: true, interactions: 1 }),
        visit(at('2025-03-15', 14), [search('parang', 0), search('kawung', 2)]),
        visit(at('2025-02-25', 10)),
        visit(at('2024-12-01', 10)),
      ],
      { now },
    );

    const day = await readInsights(db, 'today', now);
    expect(day).toMatchObject({ range: 'today', from: today, to: today, sessions: 2, glances: 1 });
    expect(day.days).toEqual([{ day: today, sessions: 2, glances: 1 }]);
    expect(day.hours[9]).toBe(2);
    expect(day.languages).toEqual([
      { key: 'id', count: 2 },
      { key: 'en', count: 1 },
    ]);
    expect(day.pieces).toEqual([{ id: 'p1', opens: 1, dwellMs: 5000 }]);
    expect(day.medianSessionMs).toBeGreaterThan(30_000);
    expect(day.medianSessionMs).toBeLessThanOrEqual(60_000);

    const week = await readInsights(db, '7d', now);
    expect(week).toMatchObject({ from: '2025-03-14', to: today, sessions: 3, searches: 3 });
    expect(week.days).toHaveLength(7);
    expect(week.days.filter((d) => d.sessions === 0 && d.glances === 0)).toHaveLength(5);
    expect(week.topSearches).toEqual([
      { text: 'parang', count: 2 },
      { text: 'kawung', count: 1 },
    ]);
    expect(week.zeroResults).toEqual([{ text: 'parang', count: 2 }]);
    expect(week.zeroResultSearches).toBe(2);

    const month = await readInsights(db, '30d', now);
    expect(month).toMatchObject({ from: '2025-02-19', sessions: 4 });
    expect(month.days).toHaveLength(30);
    expect(month.days.map((d) => d.day)).toEqual(
      Array.from({ length: 30 }, (_, i) => addDays('2025-02-19', i)),
    );

    const all = await readInsights(db, 'all', now);
    expect(all).toMatchObject({ from: '2024-12-01', to: today, sessions: 5, glances: 1 });
    expect(all.days).toHaveLength(110); // 31 (Dec) + 31 (Jan) + 28 (Feb) + 20
  });

  it("reads an empty database as today's zeros", async () => {
    const view = await readInsights(freshDb(), 'all', now);
    expect(view).toMatchObject({ from: today, to: today, sessions: 0, medianSessionMs: 0 });
    expect(view.days).toEqual([{ day: today, sessions: 0, glances: 0 }]);
    expect(view.zoom.share).toBe(0);
  });

  it('adds to a day already stored and never counts a session twice', async () => {
    const db = freshDb();
    const first = visit(at(today, 9));
    await writeSessions(db, [first], { now });
    await writeSessions(db, [first, visit(at(today, 10)), visit(at(today, 10))], { now });
    expect(await db.sessions.count()).toBe(3);
    expect((await db.daily.get(today))?.sessions).toBe(3);
  });

  it('counts zoom sessions and their share of the visits', async () => {
    const db = freshDb();
    await writeSessions(
      db,
      [
        visit(at(today, 9), [{ kind: 'zoom', at: 0, pieceId: 'p1', depth: 9 }]),
        visit(at(today, 9), [{ kind: 'zoom', at: 0, pieceId: 'p1', depth: 1 }]),
        visit(at(today, 9)),
        visit(at(today, 9)),
      ],
      { now },
    );
    const { zoom } = await readInsights(db, 'today', now);
    expect(zoom).toEqual({
      sessions: 1,
      opens: 2,
      share: 0.25,
      depths: [
        { key: '1-2', count: 1 },
        { key: '8+', count: 1 },
      ],
    });
  });
});

describe('insights store: keeping', () => {
  it('prunes raw sessions past keepRawDays, keeps their daily rows, and prunes at most once a day', async () => {
    const db = freshDb();
    const old = visit(at('2025-03-10', 10));
    const kept = visit(at('2025-03-11', 10));
    await writeSessions(db, [old, kept], { now: at('2025-03-11', 20), keepRawDays: 2 });
    expect(await db.sessions.count()).toBe(2);

    // Two days later, keeping two days (today and yesterday): both go, their rollups stay.
    const later = at('2025-03-13', 9);
    await writeSessions(db, [visit(later)], { now: later, keepRawDays: 2 });
    expect((await db.sessions.toArray()).map((s) => s.day)).toEqual(['2025-03-13']);
    expect((await db.daily.toArray()).map((r) => r.day)).toEqual(['2025-03-10', '2025-03-11', '2025-03-13']);

    // Later the same day: no second prune, even of a session written for an old day.
    await writeSessions(db, [visit(at('2025-03-01', 10))], { now: later + 3600_000, keepRawDays: 2 });
    expect(await db.sessions.count()).toBe(2);
    expect((await readInsights(db, 'all', later)).sessions).toBe(4);
  });

  it('prunes daily rows older than KEEP_DAYS', async () => {
    const db = freshDb();
    const first = addDays(today, -KEEP_DAYS);
    await writeSessions(db, [visit(at(first)), visit(at(addDays(first, 1)))], { now: at(first) });
    await writeSessions(db, [], { now });
    expect((await db.daily.toArray()).map((r) => r.day)).toEqual([addDays(first, 1)]);
  });

  it('forgets everything on reset', async () => {
    const db = freshDb();
    await writeSessions(db, [visit(at(today, 9))], { now });
    await resetInsights(db);
    expect([await db.sessions.count(), await db.daily.count(), await db.meta.count()]).toEqual([0, 0, 0]);
    expect((await readInsights(db, 'all', now)).sessions).toBe(0);
  });
});

describe('insights store: daily summaries', () => {
  it('lists the stored days of the last SUMMARY_DAYS, newest last', async () => {
    const db = freshDb();
    const days = [0, 1, 3, SUMMARY_DAYS - 1, SUMMARY_DAYS, 40].map((back) => addDays(today, -back));
    await writeSessions(
      db,
      days.map((day) => visit(at(day), [search('x', 0), search('y', 2)])),
      { now },
    );
    await writeSessions(db, [visit(at(today), [], { glance: true })], { now });

    const summaries = await dailySummaries(db, now);
    expect(summaries.map((s) => s.day)).toEqual(days.slice(0, 4).reverse());
    expect(summaries.at(-1)).toEqual({
      day: today,
      sessions: 1,
      glances: 1,
      totalMs: 60_000,
      searches: 2,
      zeroResultSearches: 1,
    });
    expect((await dailySummaries(db, now, 2)).map((s) => s.day)).toEqual([addDays(today, -1), today]);
    expect(await dailySummaries(db, now, 0)).toEqual([]);
    expect(await dailySummaries(db, now, 100)).toHaveLength(4);
  });
});
