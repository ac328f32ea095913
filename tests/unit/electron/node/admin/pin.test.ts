import { describe, expect, it } from 'vitest';
import { hashPin, PIN_HASH_PATTERN, verifyPin } from '../../../../../electron/node/admin/pin';

// A low cost keeps the suite fast; the format and the comparison are the same as at full cost.
const cheap = { N: 1024, r: 8, p: 1 };

describe('PIN hashing', () => {
  it('writes scrypt$N$r$p$salt$hash and verifies only the right PIN', async () => {
    const stored = await hashPin('482916', cheap);
    expect(stored).toMatch(PIN_HASH_PATTERN);
    expect(stored.startsWith('scrypt$1024$8$1$')).toBe(true);
    expect(await verifyPin('482916', stored)).toBe(true);
    expect(await verifyPin('482917', stored)).toBe(false);
    expect(await verifyPin('', stored)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPin('1234', cheap)).not.toBe(await hashPin('1234', cheap));
  });

  it('uses a real default cost', async () => {
    const stored = await hashPin('2468');
    expect(stored.split('$').slice(1, 4)).toEqual(['32768', '8', '1']);
    expect(await verifyPin('2468', stored)).toBe(true);
  });

  it.each(['123', '12345678901234', '12a4', ' 1234', '١٢٣٤'])('refuses to hash the PIN %j', async (pin) => {
    await expect(hashPin(pin, cheap)).rejects.toThrow(/4 to 12 digits/);
  });

  it('fails closed on a missing, damaged or hostile hash', async () => {
    const good = await hashPin('1234', cheap);
    const parts = good.split('$');
    for (const stored of [
      null,
      undefined,
      '',
      'plain-1234',
      good.replace('scrypt', 'md5'),
      [...parts.slice(0, 5), 'AAAA'].join('$'),
      ['scrypt', 2 ** 30, 8, 1, parts[4], parts[5]].join('$'),
      ['scrypt', 1000, 8, 1, parts[4], parts[5]].join('$'),
    ]) {
      expect(await verifyPin('1234', stored)).toBe(false);
    }
  });
});
