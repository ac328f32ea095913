import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { InsightsDb } from '../../../../renderer/insights/insights-db';
import { createRecorder, MAX_QUEUED_SESSIONS } from '../../../../renderer/insights/recorder-core';
import { at, freshDbs } from './visits';

const freshDb = freshDbs('insights-recorder');
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** A recorder whose scheduled flushes wait in `pending` until the test runs them. */
function recorder(db: InsightsDb) {
  const pending: Array<() => void> = [];
  const warn = vi.fn();
  const clock = { t: at('2025-03-20', 10) };
  let ids = 0;
  const r = createRecorder({
    db,
    now: () => clock.t,
    newId: () => `s${++ids}`,
    orientation: () => 'landscape',
    schedule: (run) => pending.push(run),
    warn,
  });
  /** One visit of two touches, ended by the idle reset. */
  const visitAndLeave = () => {
    r.touch();
    r.route('home');
    r.touch();
    clock.t += 30_000;
    r.end('idle');
  };
  return { r, pending, warn, visitAndLeave };
}

/** Makes every write fail until `heal()`. */
function breakWrites(db: InsightsDb) {
  const spy = vi
    .spyOn(db, 'transaction')
    .mockImplementation((() => Promise.reject(new Error('QuotaExceededError'))) as never);
  return { heal: () => spy.mockRestore() };
}

describe('insights recorder', () => {
  it('writes nothing on the touch path: finished visits wait for one scheduled flush', async () => {
    const db = freshDb();
    const transactions = vi.spyOn(db, 'transaction');
    const { r, pending, visitAndLeave } = recorder(db);
    visitAndLeave();
    visitAndLeave();
    expect(pending).toHaveLength(1); // both visits ride on the one scheduled flush
    expect(transactions).not.toHaveBeenCalled();
    expect(await db.sessions.count()).toBe(0);

    pending.shift()!();
    await r.flush(); // queued behind the scheduled write, so it resolves once that has landed
    expect(transactions).toHaveBeenCalledTimes(1); // one batch, one transaction
    expect(await db.sessions.count()).toBe(2);
    expect((await db.daily.get('2025-03-20'))?.sessions).toBe(2);
  });

  it('writes what is queued when flushed, and schedules again after a run', async () => {
    const db = freshDb();
    const { r, pending, visitAndLeave } = recorder(db);
    visitAndLeave();
    await r.flush();
    expect(await db.sessions.count()).toBe(1);
    pending.shift()!(); // the scheduled run finds nothing left to write
    await r.flush();
    visitAndLeave();
    expect(pending).toHaveLength(1);
    pending.shift()!();
    await r.flush();
    expect(await db.sessions.count()).toBe(2);
  });

  it('starts the write at once when the page closes', async () => {
    const db = freshDb();
    const { r, pending } = recorder(db);
    r.touch();
    r.touch();
    r.end('page-closed');
    expect(pending).toHaveLength(0);
    await r.flush();
    expect((await db.sessions.toArray()).map((s) => s.endedBy)).toEqual(['page-closed']);
  });

  it('never throws to the caller when the database fails, and keeps the visits for the next try', async () => {
    const db = freshDb();
    const { r, warn, visitAndLeave } = recorder(db);
    const writes = breakWrites(db);
    expect(visitAndLeave).not.toThrow();
    await expect(r.flush()).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith('insights: visits not saved yet', expect.any(Error));
    expect(await db.sessions.count()).toBe(0);

    writes.heal();
    await r.flush();
    expect(await db.sessions.count()).toBe(1);
  });

  it('holds at most MAX_QUEUED_SESSIONS visits while the database fails, dropping the oldest', async () => {
    const db = freshDb();
    const { r, warn, visitAndLeave } = recorder(db);
    const writes = breakWrites(db);
    for (let i = 0; i < MAX_QUEUED_SESSIONS + 5; i++) visitAndLeave();
    await r.flush();
    expect(warn).toHaveBeenCalledWith('insights: 1 unsaved visit(s) dropped');
    writes.heal();
    await r.flush();
    const ids = (await db.sessions.toArray()).map((s) => Number(s.id.slice(1))).sort((a, b) => a - b);
    expect(ids).toHaveLength(MAX_QUEUED_SESSIONS);
    expect(ids[0]).toBe(6);
  });

  it('swallows a failing clock', () => {
    const warn = vi.fn();
    const r = createRecorder({
      db: freshDb(),
      now: () => {
        throw new Error('clock');
      },
      warn,
    });
    expect(() => {
      r.touch();
      r.route('piece', 'p1');
      r.record({ kind: 'qr', target: 'p1' });
      r.end('idle');
    }).not.toThrow();
    expect(warn).toHaveBeenCalledWith('insights: touch failed', expect.any(Error));
  });

  it('swallows a failing scheduler, and tries to schedule again at the next end', async () => {
    const db = freshDb();
    const warn = vi.fn();
    const runs: Array<() => void> = [];
    let fail = true;
    const r = createRecorder({
      db,
      now: () => at('2025-03-20', 10),
      schedule: (run) => {
        if (fail) throw new Error('no timers');
        runs.push(run);
      },
      warn,
    });
    r.touch();
    expect(() => r.end('idle')).not.toThrow();
    expect(warn).toHaveBeenCalledWith('insights: end failed', expect.any(Error));
    fail = false;
    r.touch();
    r.end('idle');
    runs.shift()!();
    await r.flush();
    expect(await db.sessions.count()).toBe(2);
  });

  it('by default flushes when the page is idle, with a deadline, or after a timeout where idle callbacks are missing', async () => {
    const idle = vi.fn();
    vi.stubGlobal('requestIdleCallback', idle);
    const withIdle = createRecorder({ db: freshDb() });
    withIdle.touch();
    withIdle.end('idle');
    expect(idle).toHaveBeenCalledWith(expect.any(Function), { timeout: 5_000 });
    vi.unstubAllGlobals();

    const db = freshDb();
    const transactions = vi.spyOn(db, 'transaction');
    const timed = createRecorder({ db });
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      timed.touch();
      timed.touch();
      timed.end('idle');
      expect(vi.getTimerCount()).toBe(1);
      expect(transactions).not.toHaveBeenCalled();
      vi.runOnlyPendingTimers();
    } finally {
      vi.useRealTimers();
    }
    await vi.waitFor(() => expect(transactions).toHaveBeenCalled());
    await timed.flush();
    expect(await db.sessions.count()).toBe(1);
  });

  it('passes keepRawDays to the store', async () => {
    const db = freshDb();
    const { r, visitAndLeave } = recorder(db);
    await db.sessions.add({
      id: 'old',
      start: at('2025-03-10'),
      end: at('2025-03-10') + 1,
      day: '2025-03-10',
      hour: 10,
      languages: [],
      a11yModes: [],
      orientation: 'landscape',
      interactions: 2,
      glance: false,
      endedBy: 'idle',
      events: [],
    });
    r.configure({ keepRawDays: 5 });
    visitAndLeave();
    await r.flush();
    expect((await db.sessions.toArray()).map((s) => s.id)).toEqual(['s1']);
  });
});
