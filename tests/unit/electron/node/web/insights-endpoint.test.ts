import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFleetReport } from '../../../../../electron/node/fleet/kiosk-heartbeat';
import { EventStream } from '../../../../../electron/node/web/event-stream';
import { hostStatusReader } from '../../../../../electron/node/web/host-status';
import {
  insightsSummaryHolder,
  type InsightsSummaryHolder,
} from '../../../../../electron/node/web/insights-endpoint';
import { startWebHost, type WebHost } from '../../../../../electron/node/web/web-host';
import type { DailySummary } from '../../../../../electron/shared/insights-summary';
import { makeTempSite, type TempSite } from '../../../support/temp-site';
import { startTestReceiver, TOKEN } from '../fleet/fleet-test-receiver';

let site: TempSite;
let host: WebHost;
let holder: InsightsSummaryHolder;

beforeEach(() => {
  holder = insightsSummaryHolder();
});
beforeAll(async () => {
  site = await makeTempSite();
  host = await startWebHost({
    rendererRoot: site.rendererRoot,
    collectionRoot: () => site.collectionRoot,
    api: {
      status: hostStatusReader({ appVersion: '0.1.0', live: null, watching: false }),
      events: new EventStream(),
      // Each test's own holder (the tests run shuffled).
      insights: { latest: () => holder.latest(), keep: (days) => holder.keep(days) },
    },
  });
});
afterAll(async () => {
  await host.close();
  await site.remove();
});

const DAYS: DailySummary[] = [
  { day: '2026-04-30', sessions: 31, glances: 9, totalMs: 5_580_000, searches: 14, zeroResultSearches: 3 },
  { day: '2026-05-01', sessions: 12, glances: 4, totalMs: 2_160_000.5, searches: 6, zeroResultSearches: 0 },
];

function post(body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  return fetch(new URL('api/insights/summary', host.url), { method: 'POST', headers, body });
}

describe('POST /api/insights/summary', () => {
  it('keeps a good summary and sends it with the next fleet heartbeat', async () => {
    const receiver = await startTestReceiver();
    const dir = mkdtempSync(path.join(tmpdir(), 'web-insights-'));
    const tokenFile = path.join(dir, 'token');
    writeFileSync(tokenFile, TOKEN);
    // As the web host's CLI wires it: the fleet report reads the holder at each heartbeat.
    const sender = startFleetReport(
      { url: new URL('heartbeat', receiver.url).toString(), tokenFile, name: 'web-1', intervalMs: 3_600_000 },
      () => ({ publish: null, collection: null, uptimeSec: 1, insights: holder.latest() }),
      () => undefined,
    );
    try {
      await sender!.sendNow();
      expect((await receiver.kiosks()).kiosks[0]).not.toHaveProperty('insights');

      const response = await post(JSON.stringify(DAYS));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ ok: true, days: 2 });
      expect(holder.latest()).toEqual(DAYS);

      await sender!.sendNow();
      expect((await receiver.kiosks()).kiosks[0]!.insights).toEqual(DAYS);
    } finally {
      sender?.stop();
      await receiver.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['not JSON', '[{"day":', /not JSON/],
    ['an object, not a list', JSON.stringify({ days: DAYS }), /expected a JSON array/],
    ['a negative count', JSON.stringify([{ ...DAYS[0], sessions: -1 }]), /wrong at 0\.sessions/],
    ['a day of another form', JSON.stringify([{ ...DAYS[0], day: '30/04/2026' }]), /wrong at 0\.day/],
    ['15 days', JSON.stringify(Array.from({ length: 15 }, () => DAYS[0])), /at most 14/],
  ])('refuses %s with 400 and a sentence, keeping the last good one', async (_what, body, message) => {
    holder.keep(DAYS);
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(message);
    expect(holder.latest()).toEqual(DAYS);
  });

  it('keeps a day with a field it does not know without that field (a newer kiosk, an older host)', async () => {
    const response = await post(JSON.stringify([{ ...DAYS[0], visitor: 'Ani' }]));
    expect(response.status).toBe(200);
    expect(holder.latest()).toEqual([DAYS[0]]);
  });

  it('refuses a body not declared JSON (what a cross-site form sends)', async () => {
    const response = await post(JSON.stringify(DAYS), { 'content-type': 'text/plain' });
    expect(response.status).toBe(400);
  });

  it('refuses a body over 16 KB with 413 and closes the connection', async () => {
    const big = JSON.stringify([{ ...DAYS[0], day: 'x'.repeat(17_000) }]);
    const response = await post(big);
    expect(response.status).toBe(413);
    expect(response.headers.get('connection')).toBe('close');
    expect(((await response.json()) as { error: string }).error).toMatch(/at most 16384 bytes/);
  });

  it('stops reading a streamed body past the cap', async () => {
    const piece = new Uint8Array(64 * 1024).fill(0x20);
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled++ >= 1024) controller.close();
        else controller.enqueue(piece);
      },
    });
    const response = await fetch(new URL('api/insights/summary', host.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    await response.text();
    expect(pulled).toBeLessThan(200);
  });

  it('takes POST only, and only from its own page', async () => {
    const get = await fetch(new URL('api/insights/summary', host.url));
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    const foreign = await post(JSON.stringify(DAYS), {
      'content-type': 'application/json',
      origin: 'https://example.org',
    });
    expect(foreign.status).toBe(403);
  });

  it('is not found on a host without a place to keep the counts', async () => {
    const bare = await startWebHost({
      rendererRoot: site.rendererRoot,
      collectionRoot: () => null,
      api: {
        status: hostStatusReader({ appVersion: '0.1.0', live: null, watching: false }),
        events: new EventStream(),
      },
    });
    try {
      const status = await new Promise<number>((resolve, reject) => {
        const req = httpRequest(
          { host: '127.0.0.1', port: bare.port, path: '/api/insights/summary', method: 'POST' },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.setHeader('content-type', 'application/json');
        req.end(JSON.stringify(DAYS));
      });
      expect(status).toBe(404);
    } finally {
      await bare.close();
    }
  });
});
