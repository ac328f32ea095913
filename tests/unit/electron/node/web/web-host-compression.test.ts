import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost } from '../../../../../electron/node/web/web-host';
import type { WebHost } from '../../../../../electron/node/web/web-host';
import { APP_JS, CHUNK_JSON, makeCompressedSite, PHOTO } from '../../../support/compressed-site';
import type { CompressedSite } from '../../../support/compressed-site';

let site: CompressedSite;
let host: WebHost;
beforeAll(async () => {
  site = await makeCompressedSite();
  host = await startWebHost({ rendererRoot: site.rendererRoot, collectionRoot: () => site.collectionRoot });
});
afterAll(async () => {
  await host.close();
  await site.remove();
});

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** Raw HTTP: `fetch` would decode the body itself and hide what went over the wire. */
function rawGet(target: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<Raw>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: host.port, path: target, headers, method }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (chunk: Buffer) => parts.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the web host sends precompressed text over HTTP', () => {
  it.each([
    ['br', brotliDecompressSync],
    ['gzip', gunzipSync],
  ] as const)(
    '%s: the bytes on the wire decode to the file, with a matching Content-Length',
    async (coding, decode) => {
      for (const path of ['/', APP_JS, CHUNK_JSON]) {
        const response = await rawGet(path, { 'Accept-Encoding': coding });
        expect(response.status).toBe(200);
        expect(response.headers['content-encoding']).toBe(coding);
        expect(response.headers.vary).toBe('Accept-Encoding');
        expect(response.headers['content-length']).toBe(String(response.body.length));
        const plain = site.plain[path === '/' ? '/index.html' : path]!;
        expect(decode(response.body).equals(plain)).toBe(true);
        expect(response.body.length).toBeLessThan(plain.length);
      }
    },
  );

  it('sends what a browser asks for: brotli from Chromium, the plain bytes to a client that asks nothing', async () => {
    const chromium = await rawGet(APP_JS, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(chromium.headers['content-encoding']).toBe('br');
    const bare = await rawGet(APP_JS);
    expect(bare.headers['content-encoding']).toBeUndefined();
    expect(bare.body.equals(site.plain[APP_JS]!)).toBe(true);
  });

  it('streams ranges and media as they are', async () => {
    const range = await rawGet(CHUNK_JSON, { 'Accept-Encoding': 'br', Range: 'bytes=0-99' });
    expect(range.status).toBe(206);
    expect(range.headers['content-encoding']).toBeUndefined();
    expect(range.body.equals(site.plain[CHUNK_JSON]!.subarray(0, 100))).toBe(true);
    const photo = await rawGet(PHOTO, { 'Accept-Encoding': 'br, gzip' });
    expect(photo.headers['content-encoding']).toBeUndefined();
    expect(photo.body.equals(site.plain[PHOTO]!)).toBe(true);
  });

  it('answers HEAD with the encoded length and no body', async () => {
    const full = await rawGet(APP_JS, { 'Accept-Encoding': 'br' });
    const head = await rawGet(APP_JS, { 'Accept-Encoding': 'br' }, 'HEAD');
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.headers['content-length']).toBe(String(full.body.length));
    expect(head.body.length).toBe(0);
  });

  it('revalidates the app shell with 304 and caches content-named files for good', async () => {
    const shell = await rawGet('/', { 'Accept-Encoding': 'br' });
    expect(shell.headers['cache-control']).toBe('no-cache');
    const etag = String(shell.headers.etag);
    const again = await rawGet('/', { 'Accept-Encoding': 'br', 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect((await rawGet(APP_JS, { 'Accept-Encoding': 'br' })).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
  });
});
