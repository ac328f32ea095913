import { afterEach, describe, expect, it } from 'vitest';
import {
  startHeartbeats,
  type HeartbeatSenderOptions,
} from '../../../../../electron/node/fleet/heartbeat-sender';
import { heartbeat, startTestReceiver, TOKEN, type TestReceiver } from './fleet-test-receiver';

// The kiosk's side: it posts to the real receiver, and when that is down it waits longer each
// time. Its timer is replaced by a list of planned delays the test runs by hand, so no test sleeps.

let receiver: TestReceiver | null = null;
afterEach(async () => {
  await receiver?.dispose();
  receiver = null;
});

const INTERVAL = 5 * 60_000;
const { name: _name, ...reading } = heartbeat({ version: 9, problems: ['Touch screen recalibrated'] });

/** A sender whose schedule is recorded instead of run. */
function sender(overrides: Partial<HeartbeatSenderOptions> & { url: string }) {
  const planned: { delayMs: number; run: () => void; cancelled: boolean }[] = [];
  const problems: string[] = [];
  const heartbeats = startHeartbeats({
    token: TOKEN,
    name: 'gallery-3',
    intervalMs: INTERVAL,
    read: async () => reading,
    onProblem: (message) => problems.push(message),
    schedule: (run, delayMs) => {
      const entry = { delayMs, run, cancelled: false };
      planned.push(entry);
      return () => {
        entry.cancelled = true;
      };
    },
    ...overrides,
  });
  return { heartbeats, planned, problems, delays: () => planned.map((p) => p.delayMs) };
}

describe('startHeartbeats', () => {
  it('posts at once and then plans the next post one interval later', async () => {
    receiver = await startTestReceiver();
    const s = sender({ url: new URL('heartbeat', receiver.url).href });
    // Joins the post the start made.
    await s.heartbeats.sendNow();
    expect((await receiver.kiosks()).kiosks).toEqual([
      expect.objectContaining({ ...reading, name: 'gallery-3', receivedAt: expect.any(String) }),
    ]);
    expect(s.delays()).toEqual([INTERVAL]);
    expect(s.problems).toEqual([]);

    receiver.advance(INTERVAL);
    s.planned[0]!.run();
    await s.heartbeats.sendNow();
    expect((await receiver.kiosks()).kiosks[0]!.receivedAt).toBe(
      new Date(Date.parse('2026-05-01T08:05:00Z')).toISOString(),
    );
    expect(s.delays()).toEqual([INTERVAL, INTERVAL]);
    s.heartbeats.stop();
    expect(s.planned.at(-1)!.cancelled).toBe(true);
  });

  it('backs off while the receiver is down and returns to the interval when it is back', async () => {
    receiver = await startTestReceiver();
    const { port, url } = receiver;
    await receiver.close();
    const s = sender({ url: new URL('heartbeat', url).href, maxBackoffMs: 30 * 60_000 });
    for (let i = 0; i < 4; i++) await s.heartbeats.sendNow();
    await s.heartbeats.sendNow();
    // 10, 20, then capped at 30 minutes.
    expect(s.delays()).toEqual([2, 4, 6, 6, 6].map((n) => n * INTERVAL));
    expect(s.problems).toHaveLength(5);
    expect(s.problems[0]).toMatch(/could not be reached: fetch failed \(ECONNREFUSED\)/);

    // Back on the same port, as after a reboot of the receiver's machine.
    receiver = await startTestReceiver({ port, dir: receiver.dir });
    s.planned.at(-1)!.run();
    await s.heartbeats.sendNow();
    expect(s.delays().at(-1)).toBe(INTERVAL);
    expect((await receiver.kiosks()).kiosks.map((k) => k.name)).toEqual(['gallery-3']);
    s.heartbeats.stop();
  });

  it('reports a refused heartbeat with the receiver sentence and backs off', async () => {
    receiver = await startTestReceiver();
    const s = sender({ url: new URL('heartbeat', receiver.url).href, token: 'a-different-token-entirely' });
    await s.heartbeats.sendNow();
    expect(s.problems).toEqual([
      expect.stringMatching(/^The fleet receiver refused the heartbeat \(401\): The fleet token/),
    ]);
    expect(s.delays()).toEqual([2 * INTERVAL]);

    const long = sender({ url: new URL('heartbeat', receiver.url).href, name: 'x'.repeat(65) });
    await long.heartbeats.sendNow();
    expect(long.problems[0]).toMatch(/\(400\): The heartbeat's "name" must be at most 64 characters\./);
    s.heartbeats.stop();
    long.heartbeats.stop();
  });

  it('never throws: a failing read, a hanging receiver and a throwing logger all end in a plan', async () => {
    const hangingFetch: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) =>
        init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)),
      );
    const hung = sender({ url: 'http://127.0.0.1:9/heartbeat', fetch: hangingFetch, timeoutMs: 50 });
    await hung.heartbeats.sendNow();
    expect(hung.problems).toEqual(['The fleet receiver could not be reached: no answer in time.']);

    const broken = sender({
      url: 'http://127.0.0.1:9/heartbeat',
      read: () => Promise.reject(new Error('status file locked')),
    });
    await broken.heartbeats.sendNow();
    expect(broken.problems).toEqual([
      `Heartbeat not sent: reading the kiosk's state failed (status file locked).`,
    ]);

    const loud = sender({
      url: 'http://127.0.0.1:9/heartbeat',
      fetch: () => Promise.reject(new TypeError('boom')),
      onProblem: () => {
        throw new Error('log disk full');
      },
    });
    await expect(loud.heartbeats.sendNow()).resolves.toBeUndefined();
    for (const s of [hung, broken, loud]) {
      expect(s.delays()).toEqual([2 * INTERVAL]);
      s.heartbeats.stop();
    }
  });

  it('aborts a post in flight on stop and plans nothing more', async () => {
    let posting!: () => void;
    const posted = new Promise<void>((resolve) => (posting = resolve));
    let aborted = false;
    const s = sender({
      url: 'http://127.0.0.1:9/heartbeat',
      fetch: (_input, init) =>
        new Promise((_resolve, reject) => {
          posting();
          init!.signal!.addEventListener('abort', () => {
            aborted = true;
            reject(init!.signal!.reason);
          });
        }),
    });
    const first = s.heartbeats.sendNow();
    await posted;
    s.heartbeats.stop();
    await first;
    expect(aborted).toBe(true);
    expect(s.planned).toEqual([]);
    expect(s.problems).toEqual([]);
    await s.heartbeats.sendNow();
    expect(s.planned).toEqual([]);
  });

  it('sends nothing when stopped while the kiosk state is being read', async () => {
    let calls = 0;
    const s = sender({
      url: 'http://127.0.0.1:9/heartbeat',
      fetch: () => {
        calls++;
        return Promise.resolve(new Response(null, { status: 204 }));
      },
    });
    s.heartbeats.stop();
    await s.heartbeats.sendNow();
    expect(calls).toBe(0);
  });
});
