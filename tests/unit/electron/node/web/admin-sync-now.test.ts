import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { clearLockoutFile, lockoutFileBeside } from '../../../../../electron/node/admin/lockout-file';
import { hashPin } from '../../../../../electron/node/admin/pin';
import type { KioskLogger } from '../../../../../electron/node/storage/rotating-log';
import { EventStream } from '../../../../../electron/node/web/event-stream';
import { webHostConfig } from '../../../../../electron/node/web/host-config';
import { hostStatusReader } from '../../../../../electron/node/web/host-status';
import { startWebHost, type WebHost } from '../../../../../electron/node/web/web-host';
import { makeTempSite, type TempSite } from '../../../support/temp-site';

const quiet: KioskLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };
let site: TempSite;
let dir: string;
beforeAll(async () => {
  site = await makeTempSite();
  dir = mkdtempSync(path.join(tmpdir(), 'web-sync-now-'));
});
afterAll(async () => {
  await site.remove();
  rmSync(dir, { recursive: true, force: true });
});

async function start(options: { pin: boolean; syncNow?: () => Promise<void> }): Promise<WebHost> {
  const configFile = path.join(dir, `config-${Math.random()}.json`);
  writeFileSync(
    configFile,
    JSON.stringify(options.pin ? { adminPinHash: await hashPin('2468', { N: 1024, r: 8, p: 1 }) } : {}),
  );
  // As `set-pin` does: a new PIN starts with a clean lockout (without the file the pad starts locked).
  clearLockoutFile(lockoutFileBeside(configFile));
  const config = webHostConfig(configFile, quiet, Date.now());
  if (!config.ok) throw new Error(config.message);
  return startWebHost({
    rendererRoot: site.rendererRoot,
    collectionRoot: () => site.collectionRoot,
    api: {
      status: hostStatusReader({ appVersion: '0.1.0', live: null, watching: false }),
      events: new EventStream(),
      admin: config.admin,
      ...(options.syncNow ? { syncNow: options.syncNow } : {}),
    },
  });
}

function post(host: WebHost, target: string, headers: Record<string, string> = {}, body?: string) {
  return new Promise<{ status: number; json: Record<string, unknown> }>((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: host.port, path: target, method: 'POST', headers },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : {} }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('POST /api/admin/sync-now (a web host pulling a published bundle)', () => {
  it('polls the publisher at once inside an admin session, and answers when the poll is done', async () => {
    let finish = () => undefined as void;
    const syncNow = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const host = await start({ pin: true, syncNow });
    try {
      expect(await post(host, '/api/admin/sync-now')).toMatchObject({ status: 401 });
      expect(syncNow).not.toHaveBeenCalled();
      const unlock = await post(
        host,
        '/api/admin/unlock',
        { 'Content-Type': 'application/json' },
        JSON.stringify({ pin: '2468' }),
      );
      const token = unlock.json.token as string;
      const answer = post(host, '/api/admin/sync-now', { Authorization: `Bearer ${token}` });
      await vi.waitFor(() => expect(syncNow).toHaveBeenCalledTimes(1));
      finish();
      expect(await answer).toEqual({ status: 200, json: { ok: true } });
    } finally {
      await host.close();
    }
  });

  it('is not found on a host that compiles a folder (nothing to ask)', async () => {
    const host = await start({ pin: false });
    try {
      expect(await post(host, '/api/admin/sync-now')).toMatchObject({ status: 404 });
    } finally {
      await host.close();
    }
  });
});
