import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../../../../electron/node/images/file-digest';
import {
  applyDelta,
  checkPointer,
  deltaText,
  listText,
  parseList,
  signPointer,
  type UnsignedPointer,
} from '../../../../../electron/node/publish/bundle-pointer';
import { publicOf } from '../../../../../electron/node/publish/signing-keys';

const hash = (n: number) => String(n).padStart(64, '0');
const FILES = [
  { path: 'manifest.json', sha256: hash(1), size: 10 },
  { path: 'chunks/pieces-1.json', sha256: hash(2), size: 20 },
  { path: 'media/a-512.webp', sha256: hash(3), size: 30 },
];

describe('file list and delta', () => {
  it('rebuilds a new list from the old one and the delta, to the same signed text', () => {
    const next = [
      { path: 'manifest.json', sha256: hash(4), size: 11 },
      { path: 'chunks/pieces-1.json', sha256: hash(2), size: 20 },
      { path: 'media/b-512.webp', sha256: hash(5), size: 31 },
    ];
    const delta = deltaText(FILES, next);
    expect(JSON.parse(delta)).toEqual({
      add: [
        ['manifest.json', hash(4), 11],
        ['media/b-512.webp', hash(5), 31],
      ],
      remove: ['media/a-512.webp'],
    });
    const rebuilt = applyDelta(FILES, delta, sha256(delta));
    expect(sha256(listText(rebuilt))).toBe(sha256(listText(next)));
  });

  it('refuses a list or delta that does not match its hash, names a path twice or leaves the folder', () => {
    const text = listText(FILES);
    expect(parseList(text, sha256(text))).toHaveLength(3);
    expect(() => parseList(text, hash(9))).toThrow('does not match its SHA-256');
    const twice = JSON.stringify([...JSON.parse(text), ['manifest.json', hash(1), 10]]);
    expect(() => parseList(twice, sha256(twice))).toThrow('names a path twice');
    for (const bad of ['../etc/passwd', '/abs', 'a/../../b', 'a\\\\b']) {
      const escaping = JSON.stringify([[bad, hash(1), 1]]);
      expect(() => parseList(escaping, sha256(escaping))).toThrow('not a list');
    }
    const delta = deltaText(FILES, FILES);
    expect(() => applyDelta(FILES, delta, hash(0))).toThrow('does not match its SHA-256');
  });
});

describe('checkPointer', () => {
  const { privateKey } = generateKeyPairSync('ed25519');
  const key = publicOf(privateKey);
  const unsigned: UnsignedPointer = {
    format: 1,
    version: 3,
    collectionVersion: 'abc',
    manifestSha256: hash(1),
    created: '2026-12-01T00:00:00.000Z',
    expiresAt: '2026-12-31T00:00:00.000Z',
    list: { sha256: hash(7), size: 100, count: 3 },
  };
  const now = new Date('2026-12-03T00:00:00Z');

  it('accepts a pointer signed by a key it holds, until it expires', () => {
    const text = JSON.stringify(signPointer(unsigned, privateKey, key.id));
    expect(checkPointer(text, [key], now)).toMatchObject({ ok: true, pointer: { version: 3 } });
    expect(checkPointer(text, [key], new Date('2027-01-01T00:00:00Z'))).toEqual({
      ok: false,
      problem: 'latest.json (version 3) expired at 2026-12-31T00:00:00.000Z: publish again.',
    });
  });

  it('refuses any signed field changed, a key it does not hold, and text that is not a pointer', () => {
    const signed = signPointer(unsigned, privateKey, key.id);
    for (const change of [
      { version: 4 },
      { list: { ...unsigned.list, sha256: hash(8) } },
      { expiresAt: '2030-01-01T00:00:00.000Z' },
    ]) {
      const result = checkPointer(JSON.stringify({ ...signed, ...change }), [key], now);
      expect(result).toMatchObject({ ok: false, problem: expect.stringContaining('does not verify') });
    }
    const other = publicOf(generateKeyPairSync('ed25519').privateKey);
    expect(checkPointer(JSON.stringify(signed), [other], now)).toMatchObject({
      ok: false,
      problem: expect.stringContaining('does not accept'),
    });
    expect(checkPointer('{', [key], now)).toEqual({ ok: false, problem: 'latest.json is not valid JSON.' });
    expect(checkPointer('{"format":2}', [key], now)).toMatchObject({
      ok: false,
      problem: expect.stringContaining('is not a publish pointer'),
    });
  });
});
