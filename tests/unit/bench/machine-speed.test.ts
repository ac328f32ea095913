import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { probeMs, stolenMs } from '../../bench/machine-speed';

describe('machine speed figures for the benchmarks', () => {
  it('reads the steal column of /proc/stat in ms, and null from a file without it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'machine-speed-'));
    const stat = path.join(dir, 'stat');
    writeFileSync(
      stat,
      'cpu  3807479 49246 672914 3298632 18525 0 29120 12407 0 0\ncpu0 1 2 3 4 5 6 7 8 0 0\n',
    );
    expect(stolenMs(stat)).toBe(124_070);
    writeFileSync(stat, 'intr 1 2 3\n');
    expect(stolenMs(stat)).toBeNull();
    expect(stolenMs(path.join(dir, 'missing'))).toBeNull();
  });

  it('times the fixed loop in ms', () => {
    const ms = probeMs();
    expect(ms).toBeGreaterThan(0);
    expect(Number.isFinite(ms)).toBe(true);
  });
});
