import { describe, expect, it } from 'vitest';
import { AdminGate } from '../../../../../electron/node/admin/admin-gate';
import { hashPin } from '../../../../../electron/node/admin/pin';
import { PinLockout } from '../../../../../electron/node/admin/pin-lockout';

const cheap = { N: 1024, r: 8, p: 1 };

describe('AdminGate', () => {
  it('refuses everything when no PIN is configured', async () => {
    const gate = new AdminGate({ pinHash: () => null });
    expect(await gate.unlock('1234', 0)).toEqual({ ok: false, reason: 'no-pin' });
    expect(gate.authorize(0)).toBe(false);
  });

  it('opens a session with the right PIN that expires and can be locked', async () => {
    const hash = await hashPin('9876', cheap);
    const gate = new AdminGate({ pinHash: () => hash, sessionMs: 1000 });
    expect(gate.authorize(0)).toBe(false);
    expect(await gate.unlock('9876', 0)).toEqual({ ok: true });
    expect(gate.authorize(900)).toBe(true);
    expect(gate.authorize(1800)).toBe(true);
    expect(gate.authorize(2801)).toBe(false);
    await gate.unlock('9876', 3000);
    gate.lock();
    expect(gate.authorize(3001)).toBe(false);
  });

  it('locks out after five wrong PINs, even for the right one', async () => {
    const hash = await hashPin('9876', cheap);
    const gate = new AdminGate({ pinHash: () => hash, lockout: new PinLockout({ baseLockMs: 30_000 }) });
    for (let i = 0; i < 4; i += 1)
      expect(await gate.unlock('0000', 0)).toEqual({ ok: false, reason: 'wrong-pin' });
    expect(await gate.unlock('0000', 0)).toEqual({ ok: false, reason: 'locked', lockedUntil: 30_000 });
    expect(await gate.unlock('9876', 10_000)).toEqual({ ok: false, reason: 'locked', lockedUntil: 30_000 });
    expect(gate.authorize(10_000)).toBe(false);
    expect(await gate.unlock('9876', 30_000)).toEqual({ ok: true });
  });

  it('does not check guesses in parallel', async () => {
    const hash = await hashPin('9876', cheap);
    const gate = new AdminGate({ pinHash: () => hash });
    const results = await Promise.all(['0000', '1111', '9876'].map((pin) => gate.unlock(pin, 0)));
    expect(results.filter((r) => r.reason === 'locked')).toHaveLength(2);
  });
});
