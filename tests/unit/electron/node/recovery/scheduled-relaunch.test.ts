import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextRelaunchAt, parseTimeOfDay } from '../../../../../electron/node/recovery/scheduled-relaunch';

describe('parseTimeOfDay', () => {
  it('reads 24-hour HH:MM', () => {
    expect(parseTimeOfDay('03:30')).toEqual({ hours: 3, minutes: 30 });
    expect(parseTimeOfDay('23:59')).toEqual({ hours: 23, minutes: 59 });
  });
  it.each(['3:30', '24:00', '12:60', '12:3', 'noon', '', '03:30:00'])('rejects %j', (text) => {
    expect(parseTimeOfDay(text)).toBeNull();
  });
});

describe('nextRelaunchAt', () => {
  it('picks today when the time is still ahead', () => {
    const next = nextRelaunchAt(new Date(2026, 0, 10, 1, 0), '03:30');
    expect(next).toEqual(new Date(2026, 0, 10, 3, 30));
  });

  it('picks tomorrow when the time has passed or is now', () => {
    expect(nextRelaunchAt(new Date(2026, 0, 10, 3, 30), '03:30')).toEqual(new Date(2026, 0, 11, 3, 30));
    expect(nextRelaunchAt(new Date(2026, 0, 31, 22, 0), '03:30')).toEqual(new Date(2026, 1, 1, 3, 30));
  });

  it('keeps the wall-clock time across the end of a month and year', () => {
    const next = nextRelaunchAt(new Date(2026, 11, 31, 12, 0), '04:15');
    expect([
      next?.getFullYear(),
      next?.getMonth(),
      next?.getDate(),
      next?.getHours(),
      next?.getMinutes(),
    ]).toEqual([2027, 0, 1, 4, 15]);
  });

  it('is always in the future and within about a day', () => {
    for (let hour = 0; hour < 24; hour += 1) {
      const now = new Date(2026, 2, 29, hour, 17);
      const next = nextRelaunchAt(now, '02:30');
      expect(next!.getTime()).toBeGreaterThan(now.getTime());
      expect(next!.getTime() - now.getTime()).toBeLessThanOrEqual(25 * 3600_000);
    }
  });

  it('returns null for a malformed time', () => {
    expect(nextRelaunchAt(new Date(), '25:00')).toBeNull();
  });
});

describe('nextRelaunchAt across daylight-saving changes', () => {
  const previous = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'Europe/Berlin';
  });
  afterAll(() => {
    process.env.TZ = previous;
  });

  it('keeps 04:00 local on the spring-forward day (a 23-hour day)', () => {
    const now = new Date(2026, 2, 28, 12, 0); // 28 March, the clocks go forward in the night
    const next = nextRelaunchAt(now, '04:00')!;
    expect([next.getDate(), next.getHours(), next.getMinutes()]).toEqual([29, 4, 0]);
    expect(next.getTime() - now.getTime()).toBe(15 * 3600_000);
  });

  it('moves a time that does not exist that night forward instead of skipping a day', () => {
    const next = nextRelaunchAt(new Date(2026, 2, 28, 12, 0), '02:30')!;
    expect([next.getDate(), next.getHours(), next.getMinutes()]).toEqual([29, 3, 30]);
  });

  it('keeps 04:00 local on the fall-back day (a 25-hour day)', () => {
    const now = new Date(2026, 9, 24, 12, 0);
    const next = nextRelaunchAt(now, '04:00')!;
    expect([next.getDate(), next.getHours()]).toEqual([25, 4]);
    expect(next.getTime() - now.getTime()).toBe(17 * 3600_000);
  });
});
