import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('npm run bench -- scale', () => {
  it('prints one JSON object with every figure and budget as its last line', () => {
    // Tiny: 600 px photos make no deep-zoom tiles, so this checks the shape, not the speed.
    const run = spawnSync('npx', ['tsx', 'tests/bench/scale.ts', '--pieces', '3', '--long-side', '600'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 25_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
    expect(result).toMatchObject({ bench: 'scale', pieces: 3, images: 3, longSide: 600 });
    for (const key of [
      'fullBuildMs',
      'vipsBaselineMs',
      'peakRssMB',
      'oneChangeBuildMs',
      'noChangeBuildMs',
      'outputMB',
    ]) {
      expect(result[key], key).toBeGreaterThan(0);
    }
    expect(result.ratios).toEqual({
      fullVsVips: expect.any(Number),
      oneChangeRatio: expect.any(Number),
      noChangeRatio: expect.any(Number),
    });
    expect(result.budgets).toEqual({
      fullVsVipsMax: 1.2,
      peakRssMBMax: 1500,
      oneChangeRatioMax: 0.02,
      noChangeRatioMax: 0.01,
    });
    expect(Object.values(result.pass as Record<string, unknown>).map((v) => typeof v)).toEqual([
      'boolean',
      'boolean',
      'boolean',
      'boolean',
    ]);
  }, 30_000);
});
