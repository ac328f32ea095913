import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StartGuard } from '../../../../../electron/node/recovery/start-guard';

const MIN = 60_000;
const T0 = Date.UTC(2026, 11, 1, 9, 0, 0);
let dir = '';
let file = '';

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kiosk-starts-'));
  file = path.join(dir, 'start-history.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// Each call is one start of the app: a new guard on the same file, as after a relaunch.
const startAt = (now: number) => new StartGuard(file).recordStart(now);

describe('StartGuard (relaunch-loop guard)', () => {
  it('calls the fifth start within 15 minutes a loop, and keeps saying so', () => {
    const verdicts = [0, 2, 4, 6, 8, 10].map((minute) => startAt(T0 + minute * MIN));
    expect(verdicts.map((v) => v.outOfOrder)).toEqual([false, false, false, false, true, true]);
    expect(verdicts[4].recentStarts).toBe(5);
  });

  it('lets a kiosk that starts once a day, or a few times while being set up, run normally', () => {
    for (let day = 0; day < 10; day += 1) expect(startAt(T0 + day * 24 * 60 * MIN).outOfOrder).toBe(false);
    // Four starts in a quarter of an hour (a technician trying things) are not yet a loop.
    for (const minute of [0, 3, 6, 9])
      expect(startAt(T0 + 30 * 24 * 60 * MIN + minute * MIN).outOfOrder).toBe(false);
  });

  it('forgets starts older than the window', () => {
    for (const minute of [0, 1, 2, 3]) startAt(T0 + minute * MIN);
    expect(startAt(T0 + 17 * MIN)).toEqual({ outOfOrder: false, recentStarts: 2 });
  });

  it('starts the count afresh after a technician restart', () => {
    for (const minute of [0, 1, 2, 3, 4]) startAt(T0 + minute * MIN);
    new StartGuard(file).clear();
    expect(startAt(T0 + 5 * MIN)).toEqual({ outOfOrder: false, recentStarts: 1 });
  });

  it('reads a missing or damaged history as empty: only a proven loop shuts visitors out', () => {
    expect(startAt(T0).outOfOrder).toBe(false);
    for (const text of ['{"starts": [1, 2', JSON.stringify({ starts: 'many' }), JSON.stringify([T0])]) {
      writeFileSync(file, text);
      expect(startAt(T0)).toEqual({ outOfOrder: false, recentStarts: 1 });
    }
    // ...and the damaged file is replaced by a good one.
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ starts: [T0] });
  });

  it('drops starts from "the future" after the clock went back', () => {
    for (const minute of [0, 1, 2, 3]) startAt(T0 + minute * MIN);
    // The clock falls back a day: the earlier starts say nothing about a loop now.
    expect(startAt(T0 - 24 * 60 * MIN)).toEqual({ outOfOrder: false, recentStarts: 1 });
  });

  it('keeps only the last twenty starts on disk', () => {
    for (let i = 0; i < 30; i += 1) startAt(T0 + i * 60 * MIN);
    expect(JSON.parse(readFileSync(file, 'utf8')).starts).toHaveLength(20);
  });
});
