import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AdminGate } from '../../../../../electron/node/admin/admin-gate';
import {
  clearLockoutFile,
  fileLockoutStore,
  lockoutFileBeside,
} from '../../../../../electron/node/admin/lockout-file';
import { hashPin } from '../../../../../electron/node/admin/pin';
import { PinLockout } from '../../../../../electron/node/admin/pin-lockout';

// Each "start" below builds a new gate on the same file, as a relaunched kiosk does.
const cheap = { N: 1024, r: 8, p: 1 };
const PIN = '9876';
const T0 = Date.UTC(2026, 11, 1, 9, 0, 0);
let hash = '';
let dir = '';
let file = '';

beforeAll(async () => {
  hash = await hashPin(PIN, cheap);
});
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kiosk-lockout-'));
  file = lockoutFileBeside(path.join(dir, 'kiosk-config.json'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function start(now: number): AdminGate {
  return new AdminGate({ pinHash: () => hash, lockout: new PinLockout({}, fileLockoutStore(file), now) });
}

async function wrongTimes(gate: AdminGate, times: number, now: number) {
  const results = [];
  for (let i = 0; i < times; i += 1) results.push(await gate.unlock('0000', now));
  return results;
}

describe('PIN lockout across relaunches', () => {
  it('lives beside the config file', () => {
    expect(file).toBe(path.join(dir, 'admin-lockout.json'));
  });

  it('keeps the lock through a relaunch', async () => {
    clearLockoutFile(file);
    const results = await wrongTimes(start(T0), 5, T0);
    expect(results.at(-1)).toEqual({ ok: false, reason: 'locked', lockedUntil: T0 + 30_000 });
    // A relaunch 10 s later (watchdog, power cut): still locked, even for the right PIN.
    const relaunched = start(T0 + 10_000);
    expect(await relaunched.unlock(PIN, T0 + 10_000)).toEqual({
      ok: false,
      reason: 'locked',
      lockedUntil: T0 + 30_000,
    });
  });

  it('keeps the failure count through a relaunch: no five fresh guesses', async () => {
    clearLockoutFile(file);
    expect(await wrongTimes(start(T0), 3, T0)).toEqual(Array(3).fill({ ok: false, reason: 'wrong-pin' }));
    const relaunched = start(T0 + 5_000);
    expect(await relaunched.unlock('1111', T0 + 5_000)).toEqual({ ok: false, reason: 'wrong-pin' });
    // The fifth wrong PIN overall locks, although it is only the second since the relaunch.
    expect(await relaunched.unlock('2222', T0 + 6_000)).toEqual({
      ok: false,
      reason: 'locked',
      lockedUntil: T0 + 36_000,
    });
    // And the doubling goes on after another relaunch: the sixth wrong PIN locks for a minute.
    const again = start(T0 + 40_000);
    expect(await again.unlock('3333', T0 + 40_000)).toEqual({
      ok: false,
      reason: 'locked',
      lockedUntil: T0 + 100_000,
    });
  });

  it.each([
    ['not JSON', '{"failures": 2, "lockedAt'],
    ['the wrong shape', JSON.stringify({ failures: -1, lockedAt: 0, lockMs: 0 })],
    ['an unknown field', JSON.stringify({ failures: 0, lockedAt: 0, lockMs: 0, unlocked: true })],
    ['an endless lock', JSON.stringify({ failures: 9, lockedAt: T0, lockMs: 10 * 365 * 86_400_000 })],
    ['empty', ''],
  ])(
    'reads a damaged file (%s) as locked for one window from the start, never as unlocked',
    async (_name, text) => {
      writeFileSync(file, text);
      const gate = start(T0);
      expect(await gate.unlock(PIN, T0 + 1_000)).toEqual({
        ok: false,
        reason: 'locked',
        lockedUntil: T0 + 30_000,
      });
      // Only one short window: a technician is in once it has passed.
      expect(await gate.unlock(PIN, T0 + 30_000)).toEqual({ ok: true });
    },
  );

  it('reads a deleted file as locked for one window, with the next wrong PIN locking longer', async () => {
    clearLockoutFile(file);
    await wrongTimes(start(T0), 2, T0);
    rmSync(file);
    const gate = start(T0 + 60_000);
    expect(await gate.unlock(PIN, T0 + 61_000)).toMatchObject({ reason: 'locked', lockedUntil: T0 + 90_000 });
    // The deletion bought nothing: the first wrong PIN after the window locks for a minute.
    expect(await gate.unlock('0000', T0 + 90_000)).toEqual({
      ok: false,
      reason: 'locked',
      lockedUntil: T0 + 150_000,
    });
    // The locked reading is written back, so a relaunch inside the window keeps it.
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      failures: 6,
      lockedAt: T0 + 90_000,
      lockMs: 60_000,
    });
  });

  it('lets a fresh install with a PIN from set-pin in at once', async () => {
    clearLockoutFile(file);
    expect(await start(T0).unlock(PIN, T0)).toEqual({ ok: true });
  });

  it('neither lifts nor stretches a lock when the clock jumps backwards', async () => {
    clearLockoutFile(file);
    await wrongTimes(start(T0), 5, T0);
    // The clock falls back a year (a flat CMOS battery) and the kiosk relaunches.
    const yearBefore = T0 - 365 * 86_400_000;
    const gate = start(yearBefore);
    expect(await gate.unlock(PIN, yearBefore)).toEqual({
      ok: false,
      reason: 'locked',
      lockedUntil: yearBefore + 30_000,
    });
    expect(await gate.unlock(PIN, yearBefore + 30_000)).toEqual({ ok: true });
  });

  it('keeps a lock when the clock jumps back while running', async () => {
    const lockout = new PinLockout({}, fileLockoutStore(file), T0);
    lockout.recordSuccess();
    for (let i = 0; i < 5; i += 1) lockout.recordFailure(T0);
    expect(lockout.lockedUntilAt(T0 - 3_600_000)).toBe(T0 - 3_600_000 + 30_000);
    expect(lockout.lockedUntilAt(T0 - 3_600_000 + 29_999)).not.toBeNull();
    expect(lockout.lockedUntilAt(T0 - 3_600_000 + 30_000)).toBeNull();
  });

  it('clears the lock and the count with the right PIN, for good', async () => {
    clearLockoutFile(file);
    await wrongTimes(start(T0), 5, T0);
    const gate = start(T0 + 30_000);
    expect(await gate.unlock(PIN, T0 + 30_000)).toEqual({ ok: true });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ failures: 0, lockedAt: 0, lockMs: 0 });
    // After a relaunch there are five guesses again, no more.
    const relaunched = start(T0 + 40_000);
    const results = await wrongTimes(relaunched, 5, T0 + 40_000);
    expect(results.slice(0, 4)).toEqual(Array(4).fill({ ok: false, reason: 'wrong-pin' }));
    expect(results[4]).toMatchObject({ reason: 'locked' });
  });

  it('counts a guess before checking it, so a kill during the check costs the guess', async () => {
    clearLockoutFile(file);
    const gate = start(T0);
    const pending = gate.unlock('0000', T0);
    // scrypt is still running: the attempt is already on disk.
    expect(JSON.parse(readFileSync(file, 'utf8')).failures).toBe(1);
    await pending;
  });

  it('goes on in memory when the folder cannot be written', async () => {
    const blocked = path.join(dir, 'not-a-folder');
    writeFileSync(blocked, '');
    const store = fileLockoutStore(path.join(blocked, 'admin-lockout.json'));
    const lockout = new PinLockout({}, store, T0);
    expect(lockout.lockedUntilAt(T0)).toBe(T0 + 30_000);
    lockout.recordSuccess();
    expect(lockout.lockedUntilAt(T0)).toBeNull();
  });
});
