import { describe, expect, it, vi } from 'vitest';
import { idleTimings } from '../../../../renderer/app/idle-timings';

describe('idleTimings: defaults, kiosk settings, URL override', () => {
  it('uses 90 s + 30 s without settings or query', () => {
    expect(idleTimings('')).toEqual({ idleMs: 90_000, countdownSec: 30 });
  });
  it("takes the Electron host's settings", () => {
    expect(idleTimings('', { idleTimeoutSec: 120, idleCountdownSec: 20 })).toEqual({
      idleMs: 120_000,
      countdownSec: 20,
    });
  });
  it('lets ?idle=&countdown= override both, for tests and curator preview', () => {
    const settings = { idleTimeoutSec: 120, idleCountdownSec: 20 };
    expect(idleTimings('?idle=5&countdown=3', settings)).toEqual({ idleMs: 5000, countdownSec: 3 });
    expect(idleTimings('?idle=2.5', settings)).toEqual({ idleMs: 2500, countdownSec: 20 });
  });
  it('ignores a bad override and names the parameter', () => {
    const warn = vi.fn();
    expect(idleTimings('?idle=soon&countdown=1.5', null, warn)).toEqual({ idleMs: 90_000, countdownSec: 30 });
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[0]?.[0]).toContain('"idle"');
    expect(warn.mock.calls[1]?.[0]).toContain('"countdown"');
  });
  it('ignores unusable settings rather than resetting at once', () => {
    expect(idleTimings('', { idleTimeoutSec: 0, idleCountdownSec: -1 })).toEqual({
      idleMs: 90_000,
      countdownSec: 30,
    });
  });
});
