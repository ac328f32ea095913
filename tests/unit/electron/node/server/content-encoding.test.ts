import { describe, expect, it } from 'vitest';
import { chooseCoding, isCompressible } from '../../../../../electron/node/server/content-encoding';
import type { ContentCoding } from '../../../../../electron/node/server/content-encoding';

const BOTH: ContentCoding[] = ['br', 'gzip'];

describe('chooseCoding negotiates Accept-Encoding against the siblings on disk', () => {
  const cases: [header: string | null, available: ContentCoding[], expected: ContentCoding | null][] = [
    // What Chromium sends: both accepted, brotli preferred.
    ['gzip, deflate, br, zstd', BOTH, 'br'],
    ['gzip, br', BOTH, 'br'],
    ['gzip', BOTH, 'gzip'],
    ['x-gzip', BOTH, 'gzip'],
    ['br', ['gzip'], null],
    ['gzip, br', ['gzip'], 'gzip'],
    ['identity', BOTH, null],
    ['', BOTH, null],
    // No header: the client did not ask, so the plain bytes.
    [null, BOTH, null],
    // q-values: the higher wins, q=0 refuses, ties go to brotli.
    ['br;q=0, gzip', BOTH, 'gzip'],
    ['br;q=0.5, gzip;q=0.8', BOTH, 'gzip'],
    ['br;q=0.8, gzip;q=0.5', BOTH, 'br'],
    ['gzip;q=0.5, br;q=0.5', BOTH, 'br'],
    ['BR;Q=1, GZIP', BOTH, 'br'],
    ['br;q=0, gzip;q=0', BOTH, null],
    // `*` stands for every coding not named.
    ['*', BOTH, 'br'],
    ['*;q=0', BOTH, null],
    ['br;q=0, *', BOTH, 'gzip'],
    // `identity` with a higher weight than every coding asks for the plain bytes.
    ['identity;q=1, br;q=0.5, gzip;q=0.4', BOTH, null],
    ['identity;q=0, gzip', BOTH, 'gzip'],
    // A malformed weight never turns a coding on.
    ['br;q=abc, gzip', BOTH, 'gzip'],
    ['br, gzip', [], null],
  ];
  it.each(cases)('%j with %j -> %j', (header, available, expected) => {
    expect(chooseCoding(header, available)).toBe(expected);
  });
});

describe('isCompressible: text formats only', () => {
  it.each([
    'index.html',
    'index-B7x2kQ9a.js',
    'a.mjs',
    'x.CSS',
    'manifest.json',
    'logo.svg',
    'k.dzi',
    'a.vtt',
  ])('%s is compressed', (name) => expect(isCompressible(name)).toBe(true));
  it.each([
    'k-256.webp',
    'a.png',
    'a.jpg',
    'f.woff2',
    'f.woff',
    'v.mp4',
    'a.mp3',
    'noextension',
    'a.json.br',
  ])('%s is sent as it is', (name) => expect(isCompressible(name)).toBe(false));
});
