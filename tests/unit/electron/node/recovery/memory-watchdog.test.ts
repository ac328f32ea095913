import { describe, expect, it } from 'vitest';
import { MemoryWatchdog, totalWorkingSetMB } from '../../../../../electron/node/recovery/memory-watchdog';

describe('MemoryWatchdog', () => {
  it('sums working sets (KB) into MB', () => {
    expect(
      totalWorkingSetMB([
        { memory: { workingSetSize: 512 * 1024 } },
        { memory: { workingSetSize: 1024 * 1024 } },
      ]),
    ).toBe(1536);
  });

  it('relaunches only after consecutive samples over the limit', () => {
    const watchdog = new MemoryWatchdog(1000, 3);
    expect([1200, 1300, 900, 1100, 1100].map((mb) => watchdog.sample(mb))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(watchdog.sample(1500)).toBe(true);
  });
});
