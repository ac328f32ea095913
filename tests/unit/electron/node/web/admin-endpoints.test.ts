import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearLockoutFile, lockoutFileBeside } from '../../../../../electron/node/admin/lockout-file';
import { hashPin } from '../../../../../electron/node/admin/pin';
import type { KioskLogger } from '../../../../../electron/node/storage/rotating-log';
import { EventStream } from '../../../../../electron/node/web/event-stream';
import { webHostConfig } from '../../../../../electron/node/web/host-config';
import { hostStatusReader } from '../../../../../electron/node/web/host-status';
import { startWebHost, type WebHost } from '../../../../../electron/node/web/web-host';
import { makeTempSite, type TempSite } from '../../../support/temp-site';

// The web host started as `npm run web -- --config FILE` starts it, with a PIN hash in the file.
const PIN = '2468';
const quiet: KioskLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };
let site: TempSite;
let hash = '';
let dir = '';
let configFile = '';
let host: WebHost;
let clock = Date.UTC(2026, 11, 1, 9, 0, 0);

beforeAll(async () => {
  site = await makeTempSite();
  hash = await hashPin(PIN, { N: 1024, r: 8, p: 1 });
});
afterAll(() => site.remove());
beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'web-admin-'));
  configFile = path.join(dir, 'kiosk-config.json');
  writeFileSync(
    configFile,
    JSON.stringify({ adminPinHash: hash, idleTimeoutSec: 45, languages: ['en', 'id'] }),
  );
  clearLockoutFile(lockoutFileBeside(configFile));
  host = await startFromConfig();
});
afterEach(async () => {
  await host.close();
  rmSync(dir, { recursive: true, force: true });
});

async function startFromConfig(port = 0): Promise<WebHost> {
  const config = webHostConfig(configFile, quiet, clock);
  if (!config.ok) throw new Error(config.message);
  const settings = config.settings;
  return startWebHost({
    rendererRoot: site.rendererRoot,
    collectionRoot: () => site.collectionRoot,
    port,
    api: {
      status: hostStatusReader({ appVersion: '0.1.0', live: null, watching: false }),
      events: new EventStream(),
      ...(settings ? { settings: () => settings } : {}),
      admin: config.admin,
      now: () => clock,
    },
  });
}

function call(method: string, target: string, headers: Record<string, string> = {}, body?: string) {
  return new Promise<{ status: number; json: Record<string, unknown> }>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: host.port, path: target, method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : {} }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
const unlock = (pin: string, headers: Record<string, string> = {}) =>
  call(
    'POST',
    '/api/admin/unlock',
    { 'Content-Type': 'application/json', ...headers },
    JSON.stringify({ pin }),
  );
const status = (token?: string) =>
  call('GET', '/api/status', token ? { Authorization: `Bearer ${token}` } : {});

describe('web host with an admin PIN (--config)', () => {
  it('gives the page its settings from the config, never the hash', async () => {
    const answer = await call('GET', '/api/settings');
    expect(answer).toEqual({
      status: 200,
      json: {
        languages: ['en', 'id'],
        defaultLanguage: null,
        idleTimeoutSec: 45,
        idleCountdownSec: 30,
        publicBaseUrl: null,
        insightsRawDays: 30,
      },
    });
    expect(JSON.stringify(answer.json)).not.toContain('scrypt');
  });

  it('refuses the status without a session, and with a made-up token', async () => {
    expect((await status()).status).toBe(401);
    expect((await status('bm90LWEtdG9rZW4')).status).toBe(401);
  });

  it('opens the status with the right PIN, only for the token it gave, until locked', async () => {
    expect(await unlock('1111')).toEqual({ status: 200, json: { ok: false, reason: 'wrong-pin' } });
    const right = await unlock(PIN);
    expect(right.json).toMatchObject({ ok: true, token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
    const token = right.json.token as string;
    expect((await status(token)).json).toMatchObject({ mode: 'browser' });
    // Another tab without the token learns nothing, and cannot end the technician's session.
    expect((await status()).status).toBe(401);
    await call('POST', '/api/admin/lock', { Authorization: 'Bearer c29tZW9uZS1lbHNl' });
    expect((await status(token)).status).toBe(200);
    await call('POST', '/api/admin/lock', { Authorization: `Bearer ${token}` });
    expect((await status(token)).status).toBe(401);
  });

  it('ends the session after five idle minutes', async () => {
    const token = (await unlock(PIN)).json.token as string;
    clock += 4 * 60_000;
    expect((await status(token)).status).toBe(200);
    clock += 5 * 60_000 + 1;
    expect((await status(token)).status).toBe(401);
  });

  it('locks out after five wrong PINs, and the lock survives a restart of the host', async () => {
    const answers = [];
    for (let i = 0; i < 5; i += 1) answers.push((await unlock('0000')).json);
    expect(answers.slice(0, 4)).toEqual(Array(4).fill({ ok: false, reason: 'wrong-pin' }));
    expect(answers[4]).toEqual({ ok: false, reason: 'locked', lockedUntil: clock + 30_000 });
    expect((await unlock(PIN)).json).toMatchObject({ ok: false, reason: 'locked' });
    await host.close();
    clock += 10_000;
    host = await startFromConfig();
    expect((await unlock(PIN)).json).toEqual({ ok: false, reason: 'locked', lockedUntil: clock + 20_000 });
    expect(JSON.parse(readFileSync(lockoutFileBeside(configFile), 'utf8'))).toMatchObject({ failures: 5 });
  });

  it('refuses other sites, other methods and bodies that are not a small JSON PIN', async () => {
    expect((await unlock(PIN, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await unlock(PIN, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await call('GET', '/api/admin/unlock')).status).toBe(405);
    const form = await call(
      'POST',
      '/api/admin/unlock',
      { 'Content-Type': 'application/x-www-form-urlencoded' },
      `pin=${PIN}`,
    );
    expect(form.status).toBe(400);
    const long = await call(
      'POST',
      '/api/admin/unlock',
      { 'Content-Type': 'application/json' },
      JSON.stringify({ pin: PIN, pad: 'x'.repeat(5_000) }),
    );
    expect(long.status).toBe(400);
    expect((await unlock('12ab')).status).toBe(400);
    // None of these counted as a guess.
    expect((await unlock(PIN)).json).toMatchObject({ ok: true });
  });
});
