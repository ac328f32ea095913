import { test as base, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clearLockoutFile, lockoutFileBeside } from '../../electron/node/admin/lockout-file';
import { hashPin } from '../../electron/node/admin/pin';
import { EventStream } from '../../electron/node/web/event-stream';
import { webHostConfig } from '../../electron/node/web/host-config';
import { hostStatusReader } from '../../electron/node/web/host-status';
import { startWebHost, type WebHost } from '../../electron/node/web/web-host';
import { ADMIN_ID as T, expectNoAxeViolations, openAdmin } from './admin-helpers';
import { expect, readServedCollection, waitForSettledStore } from './kiosk-fixtures';

// The web host with a kiosk config that has an admin PIN (`npm run web -- --config FILE`): the same
// file, schema, PIN check and persisted lockout as the Electron kiosk.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PIN = '2468';
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

interface ConfiguredHost {
  url: string;
  configFile: string;
  /** Stops the host and starts it again on the same port (same origin), as a restart would. */
  restart(): Promise<void>;
}

const test = base.extend<{ configured: ConfiguredHost }>({
  // eslint-disable-next-line no-empty-pattern
  configured: async ({}, use) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'web-pin-'));
    const configFile = path.join(dir, 'kiosk-config.json');
    writeFileSync(configFile, JSON.stringify({ adminPinHash: await hashPin(PIN), idleTimeoutSec: 600 }));
    clearLockoutFile(lockoutFileBeside(configFile));
    const collection = readServedCollection();
    const start = async (port = 0): Promise<WebHost> => {
      const config = webHostConfig(configFile, quiet);
      if (!config.ok) throw new Error(config.message);
      const settings = config.settings;
      return startWebHost({
        rendererRoot: path.join(root, 'dist/renderer'),
        collectionRoot: () => collection.root,
        port,
        api: {
          status: hostStatusReader({ appVersion: '0.1.0', live: null, watching: false }),
          events: new EventStream(),
          ...(settings ? { settings: () => settings } : {}),
          admin: config.admin,
        },
      });
    };
    let host = await start();
    await use({
      url: host.url,
      configFile,
      restart: async () => {
        const port = host.port;
        await host.close();
        host = await start(port);
      },
    });
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  },
});

async function enter(page: Page, pin: string) {
  for (const digit of pin) await page.getByRole('button', { name: digit, exact: true }).tap();
  await page.getByRole('button', { name: T.ok, exact: true }).tap();
}

test('web host with a PIN: the corner leads to the PIN pad; a wrong PIN is refused, the right one shows the status page', async ({
  page,
  configured,
}) => {
  await page.goto(configured.url);
  await waitForSettledStore(page);
  await openAdmin(page);
  await expect(page.getByRole('heading', { name: T.pinTitle })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: T.title })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await enter(page, '1111');
  await expect(page.getByRole('status').filter({ hasText: T.wrongPin })).toBeVisible();
  await enter(page, PIN);
  await expect(page.getByRole('heading', { level: 1, name: T.title })).toBeVisible();
  await expect(page.locator('dd', { hasText: T.modeBrowser })).toBeVisible();
  await expect(page.getByRole('button', { name: T.lock })).toBeVisible();

  // Leaving locks: the corner asks for the PIN again.
  await page.getByRole('button', { name: T.lock }).tap();
  await expect(page.locator('.app')).toHaveAttribute('data-route', 'home');
  await openAdmin(page);
  await expect(page.getByRole('heading', { name: T.pinTitle })).toBeVisible();
});

test('web host with a PIN: the status API answers only inside an unlocked session', async ({
  page,
  configured,
  request,
}) => {
  const statusUrl = new URL('api/status', configured.url).href;
  expect((await request.get(statusUrl)).status()).toBe(401);
  await page.goto(configured.url);
  await waitForSettledStore(page);
  await openAdmin(page);
  await enter(page, PIN);
  await expect(page.getByRole('heading', { level: 1, name: T.title })).toBeVisible();
  // The page's session is a token in its memory, not a cookie: another client still gets nothing.
  expect((await request.get(statusUrl)).status()).toBe(401);
  expect(await page.context().cookies()).toEqual([]);
  expect(await page.evaluate(() => fetch('./api/status').then((r) => r.status))).toBe(401);
});

test('web host with a PIN: five wrong PINs lock the pad, and the lock survives a restart of the host', async ({
  page,
  configured,
}) => {
  await page.goto(configured.url);
  await waitForSettledStore(page);
  await openAdmin(page);
  for (let i = 0; i < 4; i += 1) {
    await enter(page, '1111');
    await expect(page.getByRole('status').filter({ hasText: T.wrongPin })).toBeVisible();
  }
  await enter(page, '1111');
  const locked = page.getByRole('status').filter({ hasText: T.locked.replace(/\{\{seconds\}\}.*/, '') });
  await expect(locked).toBeVisible();
  await expect(page.getByRole('button', { name: '2', exact: true })).toBeDisabled();

  await configured.restart();
  await page.reload();
  await waitForSettledStore(page);
  await openAdmin(page);
  await enter(page, PIN);
  await expect(locked).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: T.title })).toHaveCount(0);
});

test('web host config: the languages and start language of the config reach the page', async ({ page }) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'web-settings-'));
  const configFile = path.join(dir, 'kiosk-config.json');
  writeFileSync(configFile, JSON.stringify({ languages: ['en', 'id'], defaultLanguage: 'en' }));
  const config = webHostConfig(configFile, quiet);
  if (!config.ok || !config.settings) throw new Error('config not read');
  const settings = config.settings;
  const host = await startWebHost({
    rendererRoot: path.join(root, 'dist/renderer'),
    collectionRoot: () => readServedCollection().root,
    api: {
      status: hostStatusReader({ appVersion: '0.1.0', live: null, watching: false }),
      events: new EventStream(),
      settings: () => settings,
      admin: config.admin,
    },
  });
  try {
    await page.goto(host.url);
    await waitForSettledStore(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  } finally {
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Starts the real `npm run web` entry and resolves with its URL and what it printed. */
async function runWebCli(
  args: string[],
): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(
    path.join(root, 'node_modules/.bin/tsx'),
    [path.join(root, 'electron/node/web/cli.ts'), '--collection', 'none', '--port', '0', ...args],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Kiosk web host on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`npm run web exited (${code}):\n${output}`)));
  });
  return { child, url, output: () => output };
}

test('npm run web --config FILE: settings served, status closed, and the start-up says which', async ({
  page,
}) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'web-cli-'));
  const configFile = path.join(dir, 'kiosk-config.json');
  writeFileSync(configFile, JSON.stringify({ adminPinHash: await hashPin(PIN), idleTimeoutSec: 120 }));
  clearLockoutFile(lockoutFileBeside(configFile));
  const withPin = await runWebCli(['--config', configFile]);
  try {
    const answer = await page.request.get(new URL('api/settings', withPin.url).href);
    expect(await answer.json()).toMatchObject({ idleTimeoutSec: 120, languages: null });
    expect((await page.request.get(new URL('api/status', withPin.url).href)).status()).toBe(401);
    await expect.poll(() => withPin.output()).toContain('The admin screen asks for the PIN');
    await page.goto(withPin.url);
    await openAdmin(page);
    await expect(page.getByRole('heading', { name: T.pinTitle })).toBeVisible();
  } finally {
    withPin.child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
  const open = await runWebCli([]);
  try {
    await expect.poll(() => open.output()).toContain('The admin screen is open');
    expect((await page.request.get(new URL('api/status', open.url).href)).status()).toBe(200);
  } finally {
    open.child.kill();
  }
});
