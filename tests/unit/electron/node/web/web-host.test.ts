import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestLogEntry } from '../../../../../electron/node/server/request-handler';
import { startWebHost } from '../../../../../electron/node/web/web-host';
import type { WebHost } from '../../../../../electron/node/web/web-host';
import { INDEX_HTML, makeTempSite } from '../../../support/temp-site';
import type { TempSite } from '../../../support/temp-site';

let site: TempSite;
let collectionRoot: string | null;
const logged: RequestLogEntry[] = [];

beforeAll(async () => {
  site = await makeTempSite();
  collectionRoot = site.collectionRoot;
});
afterAll(() => site.remove());

const start = (port = 0) =>
  startWebHost({
    rendererRoot: site.rendererRoot,
    collectionRoot: () => collectionRoot,
    port,
    log: (entry) => logged.push(entry),
  });

/** Raw HTTP, for what `fetch` would normalise or refuse to send (dot segments, Host header). */
function rawGet(port: number, target: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: target, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('web host over real HTTP', () => {
  let host: WebHost;
  beforeAll(async () => {
    host = await start();
  });
  afterAll(() => host.close());

  it('listens on 127.0.0.1 on a free port', () => {
    expect(host.port).toBeGreaterThan(0);
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/`);
  });

  it('serves the app shell, assets and the collection with their headers', async () => {
    const shell = await fetch(host.url);
    expect(shell.status).toBe(200);
    expect(await shell.text()).toBe(INDEX_HTML);
    expect(shell.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(shell.headers.get('x-content-type-options')).toBe('nosniff');

    const manifest = await fetch(new URL('collection/manifest.json', host.url));
    expect(manifest.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await manifest.json()).toEqual({ schema: 1, version: 'v1' });

    const deepLink = await fetch(new URL('pieces/kawung-1920', host.url));
    expect(await deepLink.text()).toBe(INDEX_HTML);
  });

  it('streams byte ranges of audio', async () => {
    const response = await fetch(new URL('collection/audio/gamelan.mp3', host.url), {
      headers: { Range: 'bytes=100-199' },
    });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe('bytes 100-199/1000');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(site.audio.slice(100, 200));

    const beyond = await fetch(new URL('collection/audio/gamelan.mp3', host.url), {
      headers: { Range: 'bytes=2000-' },
    });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe('bytes */1000');
  });

  it('answers HEAD without a body and other methods with 405', async () => {
    const head = await fetch(new URL('collection/audio/gamelan.mp3', host.url), { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('1000');
    const post = await fetch(new URL('collection/manifest.json', host.url), { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
  });

  it('refuses traversal sent raw on the wire, without leaking the file outside', async () => {
    logged.length = 0;
    for (const target of [
      '/collection/..%2f..%2foutside%2fsecret.txt',
      '/collection/%2e%2e%5c%2e%2e%5coutside%5csecret.txt',
      '/collection/media/escape.png',
      '/collection/leak/secret.txt',
    ]) {
      const response = await rawGet(host.port, target);
      expect(response.status).toBe(404);
      expect(response.body).not.toContain(site.secret);
    }
    expect(logged.map((entry) => entry.reason)).toEqual([
      'encoded-slash',
      'backslash',
      'outside-root',
      'outside-root',
    ]);
    // Literal dot segments are folded by the URL parser before routing: they can only reach
    // files inside the roots, never the secret next to them.
    const folded = await rawGet(host.port, '/collection/../../outside/secret.txt');
    expect(folded.status).toBe(404);
    expect(folded.body).not.toContain(site.secret);
  });

  it('refuses foreign Host headers (DNS rebinding) and absolute-form targets', async () => {
    expect((await rawGet(host.port, '/', { Host: 'evil.example' })).status).toBe(421);
    expect((await rawGet(host.port, '/', { Host: `localhost:${host.port}` })).status).toBe(200);
    expect((await rawGet(host.port, `http://127.0.0.1:${host.port}/`)).status).toBe(400);
  });

  it('follows the collection root per request, including no collection at all', async () => {
    collectionRoot = null;
    try {
      const manifest = await fetch(new URL('collection/manifest.json', host.url));
      expect(manifest.status).toBe(404);
      expect(await manifest.json()).toEqual({ error: 'no-collection' });
    } finally {
      collectionRoot = site.collectionRoot;
    }
    expect((await fetch(new URL('collection/manifest.json', host.url))).status).toBe(200);
  });
});

it('can be restarted on the same port right after close, keeping the origin', async () => {
  const first = await start();
  const port = first.port;
  // An open keep-alive connection must not keep the port busy after close().
  expect((await fetch(first.url)).status).toBe(200);
  await first.close();
  await expect(fetch(first.url)).rejects.toThrow();

  const second = await start(port);
  try {
    expect(second.url).toBe(first.url);
    expect((await fetch(second.url)).status).toBe(200);
  } finally {
    await second.close();
  }
});
