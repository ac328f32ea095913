import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * The admin PIN, stored only as a salted scrypt hash: `scrypt$N$r$p$salt$hash` (salt and hash in
 * base64). The PIN itself never leaves the main process and is never written anywhere.
 */

/** A PIN is 4 to 12 digits: the admin pad is numeric. */
export const PIN_PATTERN = /^\d{4,12}$/;

/** Shape of a stored hash; the config schema uses it to reject a damaged value. */
export const PIN_HASH_PATTERN = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/;

/** Cost parameters. N = 2^15 takes ~50-100 ms per check on a kiosk PC, slowing guessing from a dump. */
export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

const DEFAULT_SCRYPT_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 1 };

const KEY_LENGTH = 32;

function derive(pin: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  // scrypt needs 128 * N * r bytes; raise Node's 32 MB default just enough for the chosen cost.
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r };
  return new Promise((resolve, reject) =>
    scrypt(pin.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** Hashes a PIN for the config file. Throws if the PIN isn't 4-12 digits. */
export async function hashPin(pin: string, cost: ScryptCost = DEFAULT_SCRYPT_COST): Promise<string> {
  if (!PIN_PATTERN.test(pin)) throw new Error('The PIN must be 4 to 12 digits.');
  const salt = randomBytes(16);
  const key = await derive(pin, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/**
 * Checks a PIN against a stored hash in constant time. A malformed or missing hash never matches
 * (fail closed); the cost parameters are capped so a tampered config can't stall main for minutes.
 */
export async function verifyPin(pin: string, stored: string | null | undefined): Promise<boolean> {
  const match = stored ? PIN_HASH_PATTERN.exec(stored) : null;
  if (!match || typeof pin !== 'string' || pin.length > 64) return false;
  const [N, r, p] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (N < 2 || N > 2 ** 20 || (N & (N - 1)) !== 0 || r < 1 || r > 32 || p < 1 || p > 16) return false;
  const salt = Buffer.from(match[4], 'base64');
  const expected = Buffer.from(match[5], 'base64');
  if (expected.length !== KEY_LENGTH) return false;
  const actual = await derive(pin, salt, { N, r, p });
  return timingSafeEqual(actual, expected);
}
