import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchCollection } from '../../../../../electron/node/live-collection/collection-watcher';
import { debounce } from '../../../../../electron/node/live-collection/debounce';

describe('debounce', () => {
  afterEach(() => vi.useRealTimers());

  it('runs once, after the quiet time that follows the last call', () => {
    vi.useFakeTimers();
    const action = vi.fn();
    const { trigger } = debounce(action, 2000);
    for (let i = 0; i < 50; i += 1) {
      trigger();
      vi.advanceTimersByTime(100);
    }
    expect(action).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1899);
    expect(action).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('can be cancelled', () => {
    vi.useFakeTimers();
    const action = vi.fn();
    const { trigger, cancel } = debounce(action, 10);
    trigger();
    cancel();
    vi.advanceTimersByTime(100);
    expect(action).not.toHaveBeenCalled();
  });
});

describe('watchCollection (real file system)', () => {
  const stops: (() => void)[] = [];
  afterEach(() => stops.splice(0).forEach((stop) => stop()));

  const nextChange = (dir: string, pollMs = 20) =>
    new Promise<() => void>((resolve) => {
      const stop = watchCollection({ dir, debounceMs: 30, pollMs, onChange: () => resolve(stop) });
      stops.push(stop);
    });

  it('reports a burst of writes in a nested folder as one change', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-watch-'));
    mkdirSync(path.join(dir, 'pieces', 'a'), { recursive: true });
    let calls = 0;
    const done = new Promise<void>((resolve) => {
      stops.push(watchCollection({ dir, debounceMs: 100, onChange: () => ((calls += 1), resolve()) }));
    });
    for (let i = 0; i < 10; i += 1) writeFileSync(path.join(dir, 'pieces', 'a', `f${i}.yaml`), `n: ${i}`);
    await done;
    expect(calls).toBe(1);
  });

  it('notices a folder that comes back after it was removed (drive re-plugged)', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'kiosk-watch-'));
    const dir = path.join(parent, 'koleksi');
    const away = path.join(parent, 'away');
    mkdirSync(away);
    const change = nextChange(dir);
    renameSync(away, dir);
    // The watcher's change callback settles this promise; a watcher that missed the folder's
    // return would leave it pending and the test would time out.
    await expect(change).resolves.toBeTypeOf('function');
  });
});
