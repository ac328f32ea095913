import { describe, expect, it } from 'vitest';
import { ChildProcessWatch, CrashBackoff } from '../../../../../electron/node/recovery/crash-backoff';

describe('CrashBackoff', () => {
  it('doubles the reload delay for crashes in a row, capped', () => {
    const backoff = new CrashBackoff({ baseDelayMs: 1000, maxDelayMs: 8000, relaunchAfter: 100 });
    const delays = [0, 10, 20, 30, 40, 50].map((t) => backoff.onCrash(t));
    expect(delays).toEqual(
      [1000, 2000, 4000, 8000, 8000, 8000].map((delayMs) => ({ action: 'reload', delayMs })),
    );
  });

  it('starts over after a stable period', () => {
    const backoff = new CrashBackoff({ baseDelayMs: 1000, stableMs: 60_000, relaunchAfter: 100 });
    backoff.onCrash(0);
    backoff.onCrash(1_000);
    expect(backoff.onCrash(2_000)).toEqual({ action: 'reload', delayMs: 4000 });
    expect(backoff.onCrash(2_000 + 60_000)).toEqual({ action: 'reload', delayMs: 1000 });
  });

  it('relaunches when too many crashes fall in the window, then counts afresh', () => {
    const backoff = new CrashBackoff({ windowMs: 60_000, relaunchAfter: 3, stableMs: 1_000_000 });
    expect(backoff.onCrash(0).action).toBe('reload');
    expect(backoff.onCrash(10_000).action).toBe('reload');
    expect(backoff.onCrash(20_000)).toEqual({ action: 'relaunch' });
    expect(backoff.onCrash(30_000).action).toBe('reload');
  });

  it('does not relaunch when crashes are spread beyond the window', () => {
    const backoff = new CrashBackoff({ windowMs: 60_000, relaunchAfter: 3 });
    const actions = [0, 61_000, 122_000, 183_000].map((t) => backoff.onCrash(t).action);
    expect(actions).toEqual(['reload', 'reload', 'reload', 'reload']);
  });
});

describe('ChildProcessWatch', () => {
  it('relaunches only on repeated abnormal losses inside the window', () => {
    const watch = new ChildProcessWatch(3, 60_000);
    expect(watch.onGone('crashed', 0)).toBe(false);
    expect(watch.onGone('clean-exit', 1)).toBe(false);
    expect(watch.onGone('oom', 2)).toBe(false);
    expect(watch.onGone('crashed', 3)).toBe(true);
  });

  it('forgets losses older than the window', () => {
    const watch = new ChildProcessWatch(2, 60_000);
    expect(watch.onGone('crashed', 0)).toBe(false);
    expect(watch.onGone('crashed', 70_000)).toBe(false);
    expect(watch.onGone('crashed', 80_000)).toBe(true);
  });
});
