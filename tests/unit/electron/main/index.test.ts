import { build } from 'esbuild';
import { execFile } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearLockoutFile, lockoutFileBeside } from '../../../../electron/node/admin/lockout-file';
import { hashPin } from '../../../../electron/node/admin/pin';
import { bundleElectron } from '../../../../electron/node/build/bundle-electron';
import { sha256File } from '../../../../electron/node/live-collection/worker-integrity';
import { makeMinCollection } from '../../support/fixture-helper';

/**
 * Runs the BUNDLED main process (what `npm start` and the package run) in plain Node, with
 * `require('electron')` answered by the shared Electron fake (bundled-main-runtime.ts, bundled to
 * CommonJS here). No Electron binary exists here, so
 * this is the closest check of the real wiring: bundle format and paths, start-up order, the
 * compile in a worker thread with the real sharp, the kiosk:// handler, IPC, security hooks and a
 * live collection update with keep-last-good.
 */
const run = promisify(execFile);
const PIN = '1357';

interface SmokeResult {
  firstUpdate: { version: string | null } | null;
  index: { status: number; type: string; csp: string | null; body: string };
  manifest: { status: number; type: string; body: string };
  otherHost: { status: number };
  traversal: { status: number };
  version: { value?: string };
  foreign: { error?: string };
  badPayload: { error?: string };
  unlock: { value?: { ok: boolean } };
  statusAfterBreak: {
    collection: {
      lastFailure: { errors: { file: string; kind: string }[] } | null;
      lastGood: { version: string } | null;
    };
  };
  sentAfterBreak: number;
  updateAfterFix: { version: string | null } | null;
  window: {
    count: number;
    options: Record<string, unknown> & { webPreferences: Record<string, unknown> };
    preloadExists: boolean;
    url: string;
  };
  hooks: Record<string, unknown>;
  privileged: unknown;
  events: unknown[][];
  logExists: boolean;
}

interface TamperedResult {
  lastFailure: { errors: { kind: string; message: string }[] } | null;
  updatesSent: number;
}

interface OutOfOrderResult {
  url: string;
  unlock: { ok: boolean };
  restart: { ok: boolean };
  exits: unknown[][];
  starts: number;
  compiled: boolean;
  updatesSent: number;
}

describe('bundled main process (fake electron runtime)', () => {
  let result: SmokeResult;
  let outOfOrder: OutOfOrderResult;
  let tampered: TamperedResult;
  let bundledWorkerHash = '';
  let dir = '';
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    // Inside the project (git-ignored .cache) so the bundle resolves `sharp` from node_modules, as
    // dist/electron does.
    const cache = path.resolve(__dirname, '../../../../.cache');
    mkdirSync(cache, { recursive: true });
    dir = mkdtempSync(path.join(cache, 'bundle-smoke-'));
    await bundleElectron(path.join(dir, 'dist', 'electron'));
    const runtime = path.join(dir, 'fake-electron-runtime.cjs');
    await build({
      entryPoints: [path.join(__dirname, 'bundled-main-runtime.ts')],
      outfile: runtime,
      bundle: true,
      format: 'cjs',
      platform: 'node',
      logLevel: 'warning',
    });
    mkdirSync(path.join(dir, 'dist', 'renderer'), { recursive: true });
    writeFileSync(path.join(dir, 'dist', 'renderer', 'index.html'), '<!doctype html><title>kiosk</title>');
    const collection = await makeMinCollection();
    const config = path.join(dir, 'kiosk-config.json');
    writeFileSync(
      config,
      JSON.stringify({
        collectionDir: collection,
        adminPinHash: await hashPin(PIN, { N: 1024, r: 8, p: 1 }),
      }),
    );
    // As `npm run kiosk-config -- set-pin` leaves it: a hand-written hash with no lockout file starts locked.
    clearLockoutFile(lockoutFileBeside(config));
    const runMain = async (userData: string, env: Record<string, string> = {}) => {
      const { stdout } = await run(
        process.execPath,
        ['--require', runtime, path.join(dir, 'dist', 'electron', 'main.cjs')],
        {
          env: {
            ...process.env,
            KIOSK_USER_DATA: path.join(dir, userData),
            KIOSK_CONFIG: config,
            KIOSK_ENV: 'production',
            SMOKE_PIN: PIN,
            SMOKE_COLLECTION: collection,
            ...env,
          },
          maxBuffer: 10_000_000,
          timeout: 240_000,
        },
      );
      const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
      if (!line) throw new Error(`no RESULT line in:\n${stdout.slice(-2000)}`);
      return JSON.parse(line.slice('RESULT '.length)) as unknown;
    };
    result = (await runMain('user-data')) as SmokeResult;
    // Then one byte more in the unpacked worker, as someone with write access to the install could add.
    const worker = path.join(dir, 'dist', 'electron', 'collection-worker.cjs');
    bundledWorkerHash = sha256File(worker);
    appendFileSync(worker, '\n');
    tampered = (await runMain('user-data-tampered', { SMOKE_SCENARIO: 'tampered-worker' })) as TamperedResult;
    // A relaunch loop: four starts in the last four minutes are already on record.
    const loopData = path.join(dir, 'user-data-loop');
    mkdirSync(loopData, { recursive: true });
    const now = Date.now();
    writeFileSync(
      path.join(loopData, 'start-history.json'),
      JSON.stringify({ starts: [4, 3, 2, 1].map((minutes) => now - minutes * 60_000) }),
    );
    outOfOrder = (await runMain('user-data-loop', { SMOKE_SCENARIO: 'out-of-order' })) as OutOfOrderResult;
  }, 300_000);

  it('registers the privileged scheme before ready and opens one secure kiosk window', () => {
    expect(result.privileged).toEqual([
      {
        scheme: 'kiosk',
        privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
      },
    ]);
    expect(result.window.count).toBe(1);
    expect(result.window.url).toBe('kiosk://app/');
    expect(result.window.preloadExists).toBe(true);
    expect(result.window.options).toMatchObject({ kiosk: true, fullscreen: true });
    expect(result.window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      devTools: false,
    });
    expect(result.events).toEqual(
      expect.arrayContaining([
        ['Menu.setApplicationMenu', null],
        ['powerSaveBlocker.start', 'prevent-display-sleep'],
        ['webContents.setVisualZoomLevelLimits', 1, 1],
        ['app.commandLine.appendSwitch', 'overscroll-history-navigation', '0'],
      ]),
    );
    expect(result.logExists).toBe(true);
  });

  it('bundles the preload as one file that only requires electron (all a sandboxed preload may load)', () => {
    const preload = readFileSync(path.join(dir, 'dist', 'electron', 'preload.cjs'), 'utf8');
    const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(preload).not.toMatch(/\bimport\s*\(/);
  });

  it('compiles the collection in a worker and tells the page to sync', () => {
    expect(result.firstUpdate?.version).toEqual(expect.any(String));
  });

  it('serves the renderer and the compiled collection with the CSP, and nothing else', () => {
    expect(result.index).toMatchObject({ status: 200, type: expect.stringContaining('text/html') });
    expect(result.index.csp).toContain("default-src 'self'");
    expect(result.manifest.status).toBe(200);
    expect(result.manifest.body).toContain(result.firstUpdate?.version ?? 'missing');
    expect(result.otherHost.status).toBe(404);
    expect(result.traversal.status).toBe(404);
  });

  it('answers the bridge only from the app origin with valid payloads, and checks the PIN', () => {
    expect(result.version.value).toBe('0.0.0-test');
    expect(result.foreign.error).toMatch(/Refused/);
    expect(result.badPayload.error).toMatch(/invalid payload/);
    expect(result.unlock.value).toEqual({ ok: true });
  });

  it('keeps the last good collection when the folder breaks, and syncs again once fixed', () => {
    const collection = result.statusAfterBreak.collection;
    expect(collection.lastFailure?.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ file: 'collection.yaml', kind: 'required' })]),
    );
    expect(collection.lastGood?.version).toBe(result.firstUpdate?.version);
    expect(result.sentAfterBreak).toBe(0);
    expect(result.updateAfterFix?.version).toEqual(expect.any(String));
    expect(result.updateAfterFix?.version).not.toBe(result.firstUpdate?.version);
  });

  it("carries the unpacked worker's sha256 inside the main bundle", () => {
    const main = readFileSync(path.join(dir, 'dist', 'electron', 'main.cjs'), 'utf8');
    expect(bundledWorkerHash).toMatch(/^[0-9a-f]{64}$/);
    expect(main).toContain(`"${bundledWorkerHash}"`);
  });

  it('refuses to start a worker changed on disk, and says so on the status page', () => {
    expect(tampered.updatesSent).toBe(0);
    expect(tampered.lastFailure?.errors).toEqual([
      expect.objectContaining({
        kind: 'internal',
        message: expect.stringMatching(/collection build worker \(collection-worker\.cjs\) was not started/),
      }),
    ]);
  });

  it('shows the out-of-order page on the fifth start within 15 minutes, compiling nothing', () => {
    expect(outOfOrder.url).toBe('kiosk://app/out-of-order.html');
    expect(outOfOrder.compiled).toBe(false);
    expect(outOfOrder.updatesSent).toBe(0);
  });

  it('comes back with the admin "restart now": start history cleared, then a relaunch', () => {
    expect(outOfOrder.unlock).toEqual({ ok: true });
    expect(outOfOrder.restart).toEqual({ ok: true });
    expect(outOfOrder.starts).toBe(0);
    expect(outOfOrder.exits).toEqual([['app.relaunch'], ['app.exit', 0]]);
  });

  it('applies the security hooks to the window', () => {
    expect(result.hooks).toEqual({
      navigateAway: true,
      navigateHome: false,
      windowOpen: { action: 'deny' },
      f12: true,
      closeWindow: true,
      camera: false,
      network: { cancel: true },
      usbDevice: false,
      screenCapture: null,
    });
  });
});
