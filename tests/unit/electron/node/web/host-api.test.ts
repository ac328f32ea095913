import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequestHandler } from '../../../../../electron/node/server/request-handler';
import { EventStream } from '../../../../../electron/node/web/event-stream';
import { hostStatusReader } from '../../../../../electron/node/web/host-status';
import { startWebHost, type WebHost } from '../../../../../electron/node/web/web-host';
import type { CollectionStatus } from '../../../../../electron/shared/kiosk-status';
import type { WebHostStatus } from '../../../../../electron/shared/web-host-status';
import { makeTempSite, type TempSite } from '../../../support/temp-site';
import { connectSse } from './sse-client';

let site: TempSite;
let host: WebHost;
const events = new EventStream();
const collection: CollectionStatus = {
  sourceDir: '/museum/collection',
  sourceMissing: false,
  building: false,
  lastGood: { at: '2026-11-28T01:00:00.000Z', version: 'v1', warnings: 0 },
  lastFailure: {
    at: '2026-11-28T02:00:00.000Z',
    errors: [
      {
        file: 'pieces/kawung-cap/piece.yaml',
        field: 'title.id',
        line: 4,
        kind: 'required',
        message: 'needs an Indonesian title',
        severity: 'error',
      },
    ],
    errorCount: 1,
  },
};
let clock = new Date('2026-11-28T03:00:00.000Z');

beforeAll(async () => {
  site = await makeTempSite();
  const status = hostStatusReader({
    appVersion: '0.1.0',
    live: { status: () => collection },
    watching: true,
    now: () => clock,
    memoryBytes: () => 64 * 1024 * 1024,
  });
  host = await startWebHost({
    rendererRoot: site.rendererRoot,
    collectionRoot: () => site.collectionRoot,
    api: { status, events },
  });
});
afterAll(async () => {
  await host.close();
  await site.remove();
});

function rawGet(target: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; body: string; type: string }>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: host.port, path: target, headers, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body, type: String(res.headers['content-type']) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('GET /api/status', () => {
  it('answers the browser-mode status: versions, uptime, memory and the collection report', async () => {
    clock = new Date('2026-11-28T03:02:05.000Z');
    const response = await fetch(new URL('api/status', host.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const body = (await response.json()) as WebHostStatus;
    expect(body).toEqual({
      mode: 'browser',
      versions: { app: '0.1.0', node: process.versions.node },
      startedAt: '2026-11-28T03:00:00.000Z',
      uptimeSec: 125,
      memoryMB: 64,
      watching: true,
      collection,
    });
  });

  it('refuses foreign Host headers, other sites and other methods', async () => {
    expect((await rawGet('/api/status', { Host: 'evil.example' })).status).toBe(421);
    expect((await rawGet('/api/status', { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await rawGet('/api/status', { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await rawGet('/api/status', { Origin: host.url.slice(0, -1) })).status).toBe(200);
    expect((await rawGet('/api/status', {}, 'POST')).status).toBe(405);
    const unknown = await rawGet('/api/secrets');
    expect(unknown.status).toBe(404);
    expect(unknown.type).toContain('application/json');
  });
});

describe('GET /api/events', () => {
  it('sends collection-updated to every open page, as server-sent events', async () => {
    const first = connectSse(host.port);
    const second = connectSse(host.port);
    const response = await first.opened;
    await second.opened;
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    // Both clients are registered once their headers have arrived.
    expect(events.size).toBe(2);
    const arrivals = [first.next('collection-updated'), second.next('collection-updated')];
    events.send('collection-updated', { version: 'v2' });
    for (const event of await Promise.all(arrivals)) {
      expect(JSON.parse(event.data)).toEqual({ version: 'v2' });
    }
    first.close();
    second.close();
  });

  it('refuses a stream to another site', async () => {
    const foreign = connectSse(host.port, { Origin: 'http://evil.example' });
    expect((await foreign.opened).statusCode).toBe(403);
    foreign.close();
  });
});

it('leaves the API out of the shared handler, so the Electron origin never has it', async () => {
  // Electron answers kiosk://app/ with this handler alone: /api/status is just an app route there.
  const handler = createRequestHandler({ rendererRoot: site.rendererRoot, getCollectionRoot: () => null });
  const response = await handler(new Request('kiosk://app/api/status'));
  expect(await response.text()).not.toContain('"mode"');
  // And a web host started without `api` has no endpoints either.
  const plain = await startWebHost({ rendererRoot: site.rendererRoot, collectionRoot: () => null });
  try {
    const text = await (await fetch(new URL('api/status', plain.url))).text();
    expect(text).not.toContain('"mode"');
  } finally {
    await plain.close();
  }
});
