import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KIOSK_CSP } from '../../../../../electron/node/server/csp';
import { createRequestHandler } from '../../../../../electron/node/server/request-handler';
import type { RequestHandler, RequestLogEntry } from '../../../../../electron/node/server/request-handler';
import { CHUNK, INDEX_HTML, makeTempSite, VITE_JS } from '../../../support/temp-site';
import type { TempSite } from '../../../support/temp-site';

let site: TempSite;
let handle: RequestHandler;
let collectionRoot: string | null;
const logged: RequestLogEntry[] = [];

beforeAll(async () => {
  site = await makeTempSite();
  collectionRoot = site.collectionRoot;
  handle = createRequestHandler({
    rendererRoot: site.rendererRoot,
    getCollectionRoot: () => collectionRoot,
    log: (entry) => logged.push(entry),
  });
});
afterAll(() => site.remove());

const get = (path: string, init?: RequestInit) => handle(new Request(`kiosk://app${path}`, init));

describe('hostile paths', () => {
  // Each of these survives the URL parser (which already folds literal `..` and raw backslashes)
  // and must be stopped by the handler itself.
  const hostile: [path: string, reason: string][] = [
    ['/collection/..%2f..%2foutside%2fsecret.txt', 'encoded-slash'],
    ['/collection/%2e%2e%2fsecret.txt', 'encoded-slash'],
    ['/collection/%2fetc%2fpasswd', 'encoded-slash'],
    ['/assets/..%2F..%2Fcollection%2Fmanifest.json', 'encoded-slash'],
    ['/collection/%2e%2e%5csecret.txt', 'backslash'],
    ['/collection/media%5c..%5c..%5coutside%5csecret.txt', 'backslash'],
    ['/collection/manifest.json%00.png', 'nul'],
    ['/collection/media/kawung-256.webp%0a', 'control-char'],
    ['/collection//etc/passwd', 'empty-segment'],
    ['//etc/passwd', 'empty-segment'],
    ['/collection/C:/Windows/win.ini', 'drive-or-stream'],
    ['/collection/manifest.json::$DATA', 'drive-or-stream'],
    ['/collection/%252e%252e/%252e%252e/outside/secret.txt', 'double-encoding'],
    ['/collection/%E0%A4%A', 'bad-encoding'],
    ['/collection/.hidden.json', 'dotfile'],
    ['/.env', 'dotfile'],
    ['/collection/.git/config', 'dotfile'],
    ['/collection/notes.exe', 'extension'],
    ['/collection/manifest.json.', 'windows-alias'],
    ['/collection/aux.json', 'windows-alias'],
    ['/server.ts', 'extension'],
    ['/collection/media/escape.png', 'outside-root'],
    ['/collection/leak/secret.txt', 'outside-root'],
  ];

  it.each(hostile)('refuses %s with a bare 404 and logs %s', async (path, reason) => {
    logged.length = 0;
    const response = await get(path);
    expect(response.status).toBe(404);
    const body = await response.text();
    expect(body).toBe('Not found');
    expect(body).not.toContain(site.secret);
    expect(logged).toEqual([
      { method: 'GET', path: new URL(`kiosk://app${path}`).pathname, status: 404, reason },
    ]);
  });

  it('serves a symlink that stays inside the root', async () => {
    const response = await get('/collection/media/alias.webp');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/webp');
  });
});

describe('allowed files', () => {
  it.each([
    ['/', 'text/html; charset=utf-8'],
    ['/index.html', 'text/html; charset=utf-8'],
    [`/${VITE_JS}`, 'text/javascript; charset=utf-8'],
    ['/assets/gradient.css', 'text/css; charset=utf-8'],
    ['/favicon.ico', 'image/x-icon'],
    ['/fonts/inter.woff2', 'font/woff2'],
    ['/collection/manifest.json', 'application/json; charset=utf-8'],
    [`/collection/${CHUNK}`, 'application/json; charset=utf-8'],
    ['/collection/media/kawung-256.webp', 'image/webp'],
    ['/collection/tiles/kawung.dzi', 'application/xml; charset=utf-8'],
    ['/collection/audio/gamelan.mp3', 'audio/mpeg'],
  ])('%s is served as %s with nosniff and the CSP', async (path, type) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe(KIOSK_CSP);
  });

  it('sends the file bytes with their length', async () => {
    const response = await get('/collection/audio/gamelan.mp3');
    expect(response.headers.get('content-length')).toBe('1000');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(site.audio);
  });

  it('falls back to index.html for routes of the single-page app', async () => {
    for (const route of ['/pieces/kawung-1920', '/motifs/', '/search']) {
      const response = await get(route);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toBe(INDEX_HTML);
    }
  });

  it('answers missing files with 404 instead of the app shell', async () => {
    logged.length = 0;
    expect((await get('/assets/missing-B7x2kQ9a.js')).status).toBe(404);
    expect((await get('/collection/media/missing.webp')).status).toBe(404);
    expect((await get('/collection/media')).status).toBe(404);
    expect(logged.map((entry) => entry.reason)).toEqual(['not-found', 'not-found', 'extension']);
  });

  it('refuses a folder whose name looks like a file', async () => {
    logged.length = 0;
    expect((await get('/collection/folder.json')).status).toBe(404);
    expect(logged[0]?.reason).toBe('not-found');
  });
});

describe('methods', () => {
  it('answers HEAD with the headers of GET and no body', async () => {
    const response = await get('/collection/audio/gamelan.mp3', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe('1000');
    expect(response.headers.get('content-type')).toBe('audio/mpeg');
    expect(response.body).toBeNull();
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('refuses %s with 405 and Allow', async (method) => {
    logged.length = 0;
    const response = await get('/collection/manifest.json', { method });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect(logged[0]).toMatchObject({ method, status: 405, reason: 'method' });
  });
});

describe('caching', () => {
  it.each([
    [`/${VITE_JS}`, 'public, max-age=31536000, immutable'],
    [`/collection/${CHUNK}`, 'public, max-age=31536000, immutable'],
    ['/', 'no-cache'],
    ['/index.html', 'no-cache'],
    ['/pieces/kawung', 'no-cache'],
    ['/collection/manifest.json', 'no-cache'],
    ['/assets/gradient.css', 'no-cache'],
  ])('%s gets Cache-Control %s', async (path, cacheControl) => {
    expect((await get(path)).headers.get('cache-control')).toBe(cacheControl);
  });

  it('answers a matching If-None-Match with 304', async () => {
    const first = await get('/collection/manifest.json');
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const second = await get('/collection/manifest.json', { headers: { 'If-None-Match': etag! } });
    expect(second.status).toBe(304);
    expect(second.body).toBeNull();
  });
});

describe('collection root', () => {
  it('tells a missing collection apart for the manifest, and 404s everything under it', async () => {
    collectionRoot = null;
    try {
      const manifest = await get('/collection/manifest.json');
      expect(manifest.status).toBe(404);
      expect(manifest.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(await manifest.json()).toEqual({ error: 'no-collection' });
      const chunk = await get(`/collection/${CHUNK}`);
      expect(chunk.status).toBe(404);
      expect(await chunk.text()).toBe('Not found');
      // The renderer itself is still served, so it can show its friendly screen.
      expect((await get('/')).status).toBe(200);
    } finally {
      collectionRoot = site.collectionRoot;
    }
  });

  it('reads the root on every request, so a switched build is served at once', async () => {
    collectionRoot = site.rendererRoot;
    try {
      // The renderer folder has no manifest: proves the handler followed the new root.
      expect((await get('/collection/manifest.json')).status).toBe(404);
      expect((await get('/collection/index.html')).status).toBe(200);
    } finally {
      collectionRoot = site.collectionRoot;
    }
    expect((await get('/collection/manifest.json')).status).toBe(200);
  });

  it('answers 404 when the root folder does not exist', async () => {
    collectionRoot = `${site.base}/unplugged-drive`;
    logged.length = 0;
    try {
      expect((await get('/collection/manifest.json')).status).toBe(404);
      expect(logged[0]?.reason).toBe('root-missing');
    } finally {
      collectionRoot = site.collectionRoot;
    }
  });
});

it('uses a custom CSP when given one', async () => {
  const custom = createRequestHandler({
    rendererRoot: site.rendererRoot,
    getCollectionRoot: () => null,
    csp: "default-src 'none'",
  });
  const response = await custom(new Request('kiosk://app/'));
  expect(response.headers.get('content-security-policy')).toBe("default-src 'none'");
});
