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

  /** Watches `dir`; `next()` resolves at the next `onChange`, `calls()` counts them all. */
  const watchChanges = (dir: string, debounceMs: number) => {
    let calls = 0;
    let changed = () => {};
    stops.push(
      watchCollection({
        dir,
        debounceMs,
        pollMs: 20,
        onChange: () => {
          calls += 1;
          changed();
        },
      }),
    );
    return {
      calls: () => calls,
      next: () => new Promise<void>((resolve) => (changed = resolve)),
    };
  };

  it('reports a burst of writes in a nested folder as one change', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-watch-'));
    mkdirSync(path.join(dir, 'pieces', 'a'), { recursive: true });
    const watcher = watchChanges(dir, 100);
    const burst = watcher.next();
    for (let i = 0; i < 10; i += 1) writeFileSync(path.join(dir, 'pieces', 'a', `f${i}.yaml`), `n: ${i}`);
    await burst;
    // One more write after the burst was reported: its own change is the second call, so the ten
    // writes made exactly one (a watcher without the debounce would be at eleven by now).
    const sentinel = watcher.next();
    writeFileSync(path.join(dir, 'pieces', 'a', 'after.yaml'), 'n: 10');
    await sentinel;
    expect(watcher.calls()).toBe(2);
  });

  it('notices a folder that comes back after it was removed (drive re-plugged)', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'kiosk-watch-'));
    const dir = path.join(parent, 'koleksi');
    const away = path.join(parent, 'away');
    mkdirSync(away);
    const watcher = watchChanges(dir, 30);
    const back = watcher.next();
    renameSync(away, dir);
    // A watcher that missed the folder's return would leave this pending, and the test time out.
    await back;
    expect(watcher.calls()).toBe(1);
    // And it watches the returned folder again: a curator's edit there is the next change.
    const edited = watcher.next();
    writeFileSync(path.join(dir, 'collection.yaml'), 'title: x');
    await edited;
    expect(watcher.calls()).toBe(2);
  });
});
