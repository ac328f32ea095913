import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The web host's build worker gets the config's no-progress limit (`--config` with
// `buildStallMinutes`), as Electron main's does; without one, the watchdog's own default.
const calls: { stallMs?: number }[] = [];
vi.mock('../../../../../electron/node/live-collection/build-in-worker', () => ({
  buildInWorker: (options: { stallMs?: number }) => {
    calls.push(options);
    return Promise.resolve({ ok: false, errors: [], warnings: [] });
  },
}));

const { WebLiveCollection } = await import('../../../../../electron/node/web/live-collection');

describe('the web host build worker and the stall limit', () => {
  let dir = '';
  afterEach(async () => {
    calls.length = 0;
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    [180_000, 180_000],
    [undefined, undefined],
  ])('stallMs %s reaches the worker as %s', async (stallMs, expected) => {
    dir = await mkdtemp(path.join(tmpdir(), 'live-stall-'));
    const live = new WebLiveCollection({
      source: dir,
      out: path.join(dir, 'out'),
      onUpdated: () => undefined,
      ...(stallMs ? { stallMs } : {}),
    });
    await live.start(false);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.stallMs).toBe(expected);
  });
});
