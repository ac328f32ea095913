import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequestHandler } from '../../../../../electron/node/server/request-handler';
import type { RequestHandler } from '../../../../../electron/node/server/request-handler';
import {
  APP_JS,
  CHUNK_JSON,
  GZIP_ONLY_CSS,
  makeCompressedSite,
  MANIFEST,
  PHOTO,
} from '../../../support/compressed-site';
import type { CompressedSite } from '../../../support/compressed-site';

let site: CompressedSite;
let handle: RequestHandler;
beforeAll(async () => {
  site = await makeCompressedSite();
  handle = createRequestHandler({
    rendererRoot: site.rendererRoot,
    getCollectionRoot: () => site.collectionRoot,
  });
});
afterAll(() => site.remove());

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  handle(new Request(`kiosk://app${path}`, { headers, method }));

async function decoded(response: Response): Promise<Buffer> {
  const body = Buffer.from(await response.arrayBuffer());
  expect(response.headers.get('content-length')).toBe(String(body.length));
  const coding = response.headers.get('content-encoding');
  if (coding === 'br') return brotliDecompressSync(body);
  if (coding === 'gzip') return gunzipSync(body);
  expect(coding).toBeNull();
  return body;
}

describe('text files are sent as their negotiated precompressed sibling', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=1, br;q=0.2', 'gzip'],
    ['*', 'br'],
    ['identity', null],
    ['br;q=0, gzip;q=0', null],
    ['identity;q=1, br;q=0.5', null],
  ])('Accept-Encoding %j -> %s, with the same bytes once decoded', async (accept, coding) => {
    for (const path of ['/index.html', APP_JS, CHUNK_JSON]) {
      const response = await get(path, { 'Accept-Encoding': accept });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-encoding')).toBe(coding);
      expect(response.headers.get('vary')).toBe('Accept-Encoding');
      expect((await decoded(response)).equals(site.plain[path]!)).toBe(true);
    }
  });

  it('sends the plain bytes when the request has no Accept-Encoding', async () => {
    const response = await get(APP_JS);
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect((await decoded(response)).equals(site.plain[APP_JS]!)).toBe(true);
  });

  it('falls back to the sibling that exists', async () => {
    const response = await get(GZIP_ONLY_CSS, { 'Accept-Encoding': 'br, gzip' });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect((await decoded(response)).equals(site.plain[GZIP_ONLY_CSS]!)).toBe(true);
    const brOnly = await get(GZIP_ONLY_CSS, { 'Accept-Encoding': 'br' });
    expect(brOnly.headers.get('content-encoding')).toBeNull();
  });

  it('never compresses a Range request: the range is of the plain bytes', async () => {
    const response = await get(CHUNK_JSON, { 'Accept-Encoding': 'br, gzip', Range: 'bytes=10-109' });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(response.headers.get('content-range')).toBe(`bytes 10-109/${site.plain[CHUNK_JSON]!.length}`);
    expect(Buffer.from(await response.arrayBuffer()).equals(site.plain[CHUNK_JSON]!.subarray(10, 110))).toBe(
      true,
    );
  });

  it('answers HEAD with the encoded length and no body', async () => {
    const head = await get(APP_JS, { 'Accept-Encoding': 'br' }, 'HEAD');
    const full = await get(APP_JS, { 'Accept-Encoding': 'br' });
    const body = Buffer.from(await full.arrayBuffer());
    expect(head.status).toBe(200);
    expect(head.headers.get('content-encoding')).toBe('br');
    expect(head.headers.get('content-length')).toBe(String(body.length));
    expect(body.length).toBeLessThan(site.plain[APP_JS]!.length / 4);
    expect(head.body).toBeNull();
  });

  it('never sends media encoded, whatever sibling lies next to it', async () => {
    const response = await get(PHOTO, { 'Accept-Encoding': 'br, gzip' });
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(response.headers.get('vary')).toBeNull();
    expect(Buffer.from(await response.arrayBuffer()).equals(site.plain[PHOTO]!)).toBe(true);
  });

  it('ignores a sibling that is a symlink out of the root', async () => {
    const response = await get(MANIFEST, { 'Accept-Encoding': 'br, gzip' });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect((await decoded(response)).equals(site.plain[MANIFEST]!)).toBe(true);
  });

  it('does not serve a sibling under its own name', async () => {
    expect((await get(`${APP_JS}.br`)).status).toBe(404);
    expect((await get(`${CHUNK_JSON}.gz`)).status).toBe(404);
  });
});

describe('revalidation of encoded responses', () => {
  it('gives each encoding its own ETag and answers a matching If-None-Match with 304', async () => {
    const br = await get('/index.html', { 'Accept-Encoding': 'br' });
    const gzip = await get('/index.html', { 'Accept-Encoding': 'gzip' });
    const plain = await get('/index.html');
    const tags = [br, gzip, plain].map((r) => r.headers.get('etag'));
    expect(new Set(tags).size).toBe(3);
    expect(gzip.headers.get('cache-control')).toBe('no-cache');

    const again = await get('/index.html', { 'Accept-Encoding': 'gzip', 'If-None-Match': tags[1]! });
    expect(again.status).toBe(304);
    expect(again.headers.get('content-encoding')).toBe('gzip');
    expect(again.headers.get('vary')).toBe('Accept-Encoding');
    expect(again.body).toBeNull();
    // The plain representation's tag does not validate the gzip one.
    const other = await get('/index.html', { 'Accept-Encoding': 'gzip', 'If-None-Match': tags[2]! });
    expect(other.status).toBe(200);
  });

  it('keeps content-named files immutable and the rest revalidated, encoded or not', async () => {
    for (const accept of ['br', 'identity']) {
      expect((await get(APP_JS, { 'Accept-Encoding': accept })).headers.get('cache-control')).toBe(
        'public, max-age=31536000, immutable',
      );
      expect((await get(CHUNK_JSON, { 'Accept-Encoding': accept })).headers.get('cache-control')).toBe(
        'public, max-age=31536000, immutable',
      );
      expect((await get('/index.html', { 'Accept-Encoding': accept })).headers.get('cache-control')).toBe(
        'no-cache',
      );
    }
  });
});

it('sends plain bytes only when compression is off (the Electron scheme)', async () => {
  const plainHandler = createRequestHandler({
    rendererRoot: site.rendererRoot,
    getCollectionRoot: () => site.collectionRoot,
    compression: false,
  });
  const response = await plainHandler(
    new Request(`kiosk://app${APP_JS}`, { headers: { 'Accept-Encoding': 'br' } }),
  );
  expect(response.headers.get('content-encoding')).toBeNull();
  expect(response.headers.get('vary')).toBeNull();
  expect(Buffer.from(await response.arrayBuffer()).equals(site.plain[APP_JS]!)).toBe(true);
});
