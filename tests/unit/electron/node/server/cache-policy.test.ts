import { describe, expect, it } from 'vitest';
import { cacheControlFor, IMMUTABLE, REVALIDATE } from '../../../../../electron/node/server/cache-policy';

describe('cacheControlFor', () => {
  it.each([
    ['renderer', ['assets', 'index-B7x2kQ9a.js'], IMMUTABLE],
    ['renderer', ['assets', 'vendor-r3act_-1.js'], IMMUTABLE],
    ['renderer', ['assets', 'gradient.css'], REVALIDATE],
    ['renderer', ['assets', 'index-CBiBVRZa.js'], IMMUTABLE],
    ['renderer', ['assets', 'logo.svg'], REVALIDATE],
    ['renderer', ['assets', 'nested', 'index-B7x2kQ9a.js'], REVALIDATE],
    ['renderer', ['index-B7x2kQ9a.js'], REVALIDATE],
    ['renderer', ['index.html'], REVALIDATE],
    ['collection', ['manifest.json'], REVALIDATE],
    ['collection', ['chunks', 'pieces-3f9a0c1d.json'], IMMUTABLE],
    ['collection', ['media', '3f9a0c1d77e2-256.webp'], IMMUTABLE],
    ['collection', ['media', 'kawung-19001950.webp'], REVALIDATE],
    ['collection', ['media', 'kawung-full-256.webp'], REVALIDATE],
    ['collection', ['media', 'pieces-kawung-1920-full-3f9a0c1d-256.webp'], IMMUTABLE],
    ['collection', ['media', 'pieces-kawung-1920-full-3f9a0c1d.dzi'], IMMUTABLE],
    ['collection', ['media', 'pieces-kawung-1920-full-3f9a0c1d_files', '12', '3_4.webp'], IMMUTABLE],
    ['collection', ['tiles', 'kawung_files', '12', '3_4.jpg'], REVALIDATE],
    ['renderer', ['fonts-3f9a0c1d', 'inter.woff2'], REVALIDATE],
  ] as const)('%s %j -> %s', (area, segments, expected) => {
    expect(cacheControlFor(area, segments)).toBe(expected);
  });
});
