import { truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideRange } from '../../../../../electron/node/server/range';
import { createRequestHandler } from '../../../../../electron/node/server/request-handler';
import type { RequestHandler } from '../../../../../electron/node/server/request-handler';
import { makeTempSite } from '../../../support/temp-site';
import type { TempSite } from '../../../support/temp-site';

describe('decideRange', () => {
  it.each([
    [null, 1000, { kind: 'full' }],
    ['bytes=0-99', 1000, { kind: 'partial', start: 0, end: 99 }],
    ['bytes=500-', 1000, { kind: 'partial', start: 500, end: 999 }],
    ['bytes=-100', 1000, { kind: 'partial', start: 900, end: 999 }],
    ['bytes=-5000', 1000, { kind: 'partial', start: 0, end: 999 }],
    ['bytes=900-5000', 1000, { kind: 'partial', start: 900, end: 999 }],
    ['BYTES = 1 - 2', 1000, { kind: 'partial', start: 1, end: 2 }],
    ['bytes=1000-', 1000, { kind: 'unsatisfiable' }],
    ['bytes=1000-1001', 1000, { kind: 'unsatisfiable' }],
    ['bytes=-0', 1000, { kind: 'unsatisfiable' }],
    ['bytes=0-', 0, { kind: 'unsatisfiable' }],
    ['bytes=-1', 0, { kind: 'unsatisfiable' }],
    // Unparseable, reversed, other units and multi-range: the whole file, as the RFC allows.
    ['bytes=5-2', 1000, { kind: 'full' }],
    ['bytes=abc', 1000, { kind: 'full' }],
    ['bytes=-', 1000, { kind: 'full' }],
    ['items=0-1', 1000, { kind: 'full' }],
    ['bytes=0-1,5-6', 1000, { kind: 'full' }],
  ] as const)('%s on %i bytes -> %o', (header, size, expected) => {
    expect(decideRange(header, size)).toEqual(expected);
  });
});

describe('Range requests through the handler', () => {
  let site: TempSite;
  let handle: RequestHandler;
  beforeAll(async () => {
    site = await makeTempSite();
    handle = createRequestHandler({
      rendererRoot: site.rendererRoot,
      getCollectionRoot: () => site.collectionRoot,
    });
  });
  afterAll(() => site.remove());

  const fetchRange = (range: string, init: RequestInit = {}, file = 'gamelan.mp3') =>
    handle(new Request(`kiosk://app/collection/audio/${file}`, { ...init, headers: { Range: range } }));

  it.each([
    ['bytes=0-99', 0, 99],
    ['bytes=300-', 300, 999],
    ['bytes=-10', 990, 999],
    ['bytes=995-2000', 995, 999],
  ])('%s answers 206 with exactly those bytes', async (range, start, end) => {
    const response = await fetchRange(range);
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe(`bytes ${start}-${end}/1000`);
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(response.headers.get('content-length')).toBe(String(end - start + 1));
    expect(response.headers.get('content-type')).toBe('audio/mpeg');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(site.audio.slice(start, end + 1));
  });

  it.each(['bytes=1000-', 'bytes=5000-6000', 'bytes=-0'])('%s answers 416 with the size', async (range) => {
    const response = await fetchRange(range);
    expect(response.status).toBe(416);
    expect(response.headers.get('content-range')).toBe('bytes */1000');
  });

  it('answers 416 for any range of an empty file', async () => {
    const response = await fetchRange('bytes=0-', {}, 'empty.mp3');
    expect(response.status).toBe(416);
    expect(response.headers.get('content-range')).toBe('bytes */0');
  });

  it('answers a multi-range request with the whole file', async () => {
    const response = await fetchRange('bytes=0-1,10-20');
    expect(response.status).toBe(200);
    expect((await response.arrayBuffer()).byteLength).toBe(1000);
  });

  it('answers HEAD with a range with 206 headers and no body', async () => {
    const response = await fetchRange('bytes=10-19', { method: 'HEAD' });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe('bytes 10-19/1000');
    expect(response.body).toBeNull();
  });

  it('sends the whole file when If-Range names an older version', async () => {
    const response = await handle(
      new Request('kiosk://app/collection/audio/gamelan.mp3', {
        headers: { Range: 'bytes=0-9', 'If-Range': '"an-old-etag"' },
      }),
    );
    expect(response.status).toBe(200);
    expect((await response.arrayBuffer()).byteLength).toBe(1000);
  });

  it('streams a large video instead of reading it into memory', async () => {
    // A sparse 1 GiB file costs no disk; reading it whole would show in the process's buffers.
    const gib = 1024 ** 3;
    const video = path.join(site.collectionRoot, 'film.mp4');
    await writeFile(video, '');
    await truncate(video, gib);
    const before = process.memoryUsage().arrayBuffers;
    const response = await handle(new Request('kiosk://app/collection/film.mp4'));
    expect(response.headers.get('content-length')).toBe(String(gib));
    const reader = response.body!.getReader();
    const first = await reader.read();
    expect(first.value!.byteLength).toBeGreaterThan(0);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 ** 2);
    await reader.cancel();

    const tail = await handle(
      new Request('kiosk://app/collection/film.mp4', { headers: { Range: 'bytes=-16' } }),
    );
    expect(tail.headers.get('content-range')).toBe(`bytes ${gib - 16}-${gib - 1}/${gib}`);
    expect(new Uint8Array(await tail.arrayBuffer())).toEqual(new Uint8Array(16));
  });
});
