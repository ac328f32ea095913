import { describe, expect, it } from 'vitest';
import { HeartbeatWatchdog } from '../../../../../electron/node/recovery/heartbeat';

describe('HeartbeatWatchdog', () => {
  it('waits for the first ping before it can trip', () => {
    const watchdog = new HeartbeatWatchdog({ intervalMs: 1000, missedLimit: 3 });
    expect(watchdog.check(1_000_000)).toBe('waiting-for-first-ping');
  });

  it('trips after the limit of missed pings and is reset by a reload', () => {
    const watchdog = new HeartbeatWatchdog({ intervalMs: 1000, missedLimit: 3 });
    watchdog.ping(0);
    expect(watchdog.check(3000)).toBe('ok');
    expect(watchdog.check(3001)).toBe('missed');
    watchdog.reset(3001);
    expect(watchdog.check(5000)).toBe('ok');
    watchdog.ping(5500);
    expect(watchdog.check(8000)).toBe('ok');
  });
});
