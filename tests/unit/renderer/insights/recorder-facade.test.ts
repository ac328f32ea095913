import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { InsightsDb } from '../../../../renderer/insights/insights-db';
import { createRecorderFacade, MAX_WAITING_CALLS } from '../../../../renderer/insights/recorder';
import { createRecorder, type RecorderCore } from '../../../../renderer/insights/recorder-core';

/** A facade over the real recorder and a fake-indexeddb database, on a hand-moved clock. */
function facade() {
  const clock = { t: new Date(2025, 4, 2, 10, 0, 0).getTime() };
  const db = new InsightsDb(`insights-facade-${process.pid}-${Math.random()}`);
  let ids = 0;
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const warn = vi.fn();
  const recorder = createRecorderFacade({
    now: () => clock.t,
    warn,
    loadCore: async (recorderClock) => {
      await gate; // the chunk is "downloading" until the test releases it
      return createRecorder({
        db,
        now: recorderClock,
        newId: () => `s${++ids}`,
        orientation: () => 'landscape',
        schedule: () => undefined,
      });
    },
  });
  return { recorder, clock, db, release, warn };
}

describe('the recorder facade', () => {
  it('holds calls made before the recorder loads and replays them at the times they were made', async () => {
    const { recorder, clock, db, release } = facade();
    const start = clock.t;
    recorder.touch();
    recorder.route('piece', 'p1');
    clock.t += 40_000;
    recorder.touch();
    recorder.end('start-again');
    clock.t += 600_000; // the recorder arrives long after the visit
    const loaded = recorder.load();
    release();
    await loaded;
    await recorder.flush();
    const [visit] = await db.sessions.toArray();
    expect(visit).toMatchObject({ start, end: start + 40_000, interactions: 2 });
    expect(visit!.events.find((e) => e.kind === 'piece')).toMatchObject({ id: 'p1', dwellMs: 40_000 });
    await db.delete();
  });

  it('after the load, calls go straight through on the real clock', async () => {
    const { recorder, clock, db, release } = facade();
    release();
    await recorder.load();
    const start = clock.t;
    recorder.touch();
    clock.t += 5_000;
    recorder.touch();
    recorder.end('start-again');
    await recorder.flush();
    expect(await db.sessions.toArray()).toMatchObject([{ start, end: start + 5_000 }]);
    await db.delete();
  });

  it('runs what screens registered just before a visit ends, and nothing once unregistered', async () => {
    const { recorder, db, release, warn } = facade();
    release();
    recorder.touch();
    recorder.touch();
    const unregister = recorder.beforeEnd(() => recorder.record({ kind: 'zoom', pieceId: 'p1', depth: 3 }));
    recorder.beforeEnd(() => {
      throw new Error('a screen failing here must not lose the visit');
    });
    recorder.end('idle');
    unregister();
    recorder.touch();
    recorder.end('start-again');
    await recorder.flush();
    const zooms = async (id: string) =>
      (await db.sessions.get(id))!.events.filter((e) => e.kind === 'zoom').length;
    expect([await zooms('s1'), await zooms('s2')]).toEqual([1, 0]);
    expect(warn).toHaveBeenCalledWith(
      'insights: a screen recording before the end failed',
      expect.any(Error),
    );
    await db.delete();
  });

  it('keeps at most MAX_WAITING_CALLS calls while loading, dropping the oldest', async () => {
    const calls: string[] = [];
    const core = { touch: () => calls.push('touch'), route: (name: string) => calls.push(name) };
    const recorder = createRecorderFacade({ loadCore: async () => core as unknown as RecorderCore });
    recorder.route('first');
    for (let i = 0; i < MAX_WAITING_CALLS; i++) recorder.touch();
    await recorder.load();
    expect(calls).toHaveLength(MAX_WAITING_CALLS);
    expect(calls).not.toContain('first');
  });

  it('never throws to a screen when the recorder cannot be loaded', async () => {
    const warn = vi.fn();
    const recorder = createRecorderFacade({ loadCore: () => Promise.reject(new Error('chunk gone')), warn });
    recorder.touch();
    await expect(recorder.flush()).resolves.toBeUndefined();
    expect(() => recorder.end('idle')).not.toThrow();
    expect(warn).toHaveBeenCalledWith('insights: the recorder could not be loaded', expect.any(Error));
  });
});
