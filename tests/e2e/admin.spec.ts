import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, type Page } from '@playwright/test';
import { EventStream } from '../../electron/node/web/event-stream';
import { hostStatusReader } from '../../electron/node/web/host-status';
import { startWebHost, type WebHost } from '../../electron/node/web/web-host';
import type { AdminStatus, CollectionStatus } from '../../electron/shared/kiosk-status';
import { ADMIN_ID as T, expectNoAxeViolations, openAdmin, tapAdminCorner } from './admin-helpers';
import { expect, readServedCollection, waitForSettledStore, type ServedCollection } from './kiosk-fixtures';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A web host with the browser-mode API, reporting the served collection as its last good build. */
const test = base.extend<{ collection: ServedCollection; apiHost: WebHost }>({
  // eslint-disable-next-line no-empty-pattern
  collection: async ({}, use) => use(readServedCollection()),
  apiHost: async ({ collection }, use) => {
    const status: CollectionStatus = {
      sourceDir: path.join(root, 'collection'),
      sourceMissing: false,
      building: false,
      lastGood: { at: collection.manifest.builtAt, version: collection.manifest.version, warnings: 0 },
      lastFailure: null,
    };
    const host = await startWebHost({
      rendererRoot: path.join(root, 'dist/renderer'),
      collectionRoot: () => collection.root,
      api: {
        status: hostStatusReader({ appVersion: '0.1.0', live: { status: () => status }, watching: true }),
        events: new EventStream(),
      },
    });
    await use(host);
    await host.close();
  },
});

const route = (page: Page) => page.locator('.app');

test('browser mode: the five-tap corner opens the status page; exit and reload say they are unavailable', async ({
  page,
  apiHost,
  collection,
}) => {
  await page.goto(apiHost.url);
  await waitForSettledStore(page);

  await tapAdminCorner(page, 4);
  await expect(route(page)).not.toHaveAttribute('data-route', 'admin');
  await openAdmin(page);
  // The corner is invisible to assistive technology and never takes focus.
  await expect(page.locator('[data-admin-gesture]')).toHaveAttribute('aria-hidden', 'true');
  await expect(page.locator('[data-admin-gesture]')).not.toHaveAttribute('tabindex', /.*/);

  await expect(page.getByRole('heading', { level: 1, name: T.title })).toBeVisible();
  await expect(page.getByRole('heading', { name: T.pinTitle })).toHaveCount(0);
  const version = collection.manifest.version;
  // The page's own copy and the host's last good build both name the served version.
  await expect(page.locator('dd', { hasText: `versi ${version}` })).toHaveCount(2);
  await expect(page.locator('dd', { hasText: T.modeBrowser })).toBeVisible();

  const exit = page.getByRole('button', { name: T.exit });
  await expect(exit).toBeDisabled();
  await expect(exit).toHaveAccessibleDescription(T.notInBrowser);
  await expect(page.getByRole('button', { name: T.reload })).toHaveAccessibleDescription(T.notInBrowser);
  await expect(page.getByText(T.rejectedNone)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: T.syncNow }).tap();
  await expect(page.getByRole('status').filter({ hasText: version })).toBeVisible();

  await page.getByRole('button', { name: T.leave }).tap();
  await expect(route(page)).toHaveAttribute('data-route', 'home');
});

test('kiosk mode: the PIN pad unlocks with the right PIN and locks out after five wrong ones', async ({
  page,
  apiHost,
  collection,
}) => {
  const status: AdminStatus = {
    versions: { app: '0.1.0', electron: '45.5.0', chrome: '140.0.0.0', node: '22.20.0' },
    startedAt: '2026-11-28T00:00:00.000Z',
    uptimeSec: 3_725,
    memoryMB: 310,
    collection: {
      sourceDir: '/media/usb/collection',
      sourceMissing: false,
      building: false,
      lastGood: { at: collection.manifest.builtAt, version: collection.manifest.version, warnings: 0 },
      lastFailure: {
        at: '2026-11-28T02:00:00.000Z',
        errors: [
          {
            file: 'pieces/kawung-cap/piece.yaml',
            field: 'production.date.earliest',
            line: 15,
            kind: 'wrong-type',
            message: 'must be a year',
            severity: 'error',
          },
        ],
        errorCount: 1,
      },
    },
    config: { path: '/etc/kiosk.json', exists: true, problems: [] },
    recoveries: [{ at: '2026-11-28T01:00:00.000Z', kind: 'reload', detail: 'renderer gone' }],
  };
  // A stand-in for Electron's preload bridge: PIN 2468, locked after five wrong tries like main.
  await page.addInitScript((adminStatus) => {
    const calls: string[] = [];
    let failures = 0;
    let unlocked = false;
    const guarded = (name: string) => async () => {
      calls.push(name);
      return unlocked ? { ok: true } : { ok: false, reason: 'locked' };
    };
    Object.assign(window, {
      adminCalls: calls,
      kiosk: {
        version: async () => '0.1.0',
        settings: async () => ({
          languages: ['id', 'en', 'jv'],
          defaultLanguage: 'id',
          idleTimeoutSec: 600,
          idleCountdownSec: 30,
          publicBaseUrl: null,
        }),
        heartbeat: async () => true,
        onCollectionProgress: () => () => undefined,
        onCollectionUpdated: () => () => undefined,
        admin: {
          unlock: async (pin: string) => {
            calls.push('unlock');
            if (failures >= 5) return { ok: false, reason: 'locked', lockedUntil: Date.now() + 30_000 };
            if (pin === '2468') {
              failures = 0;
              unlocked = true;
              return { ok: true };
            }
            failures += 1;
            return failures >= 5
              ? { ok: false, reason: 'locked', lockedUntil: Date.now() + 30_000 }
              : { ok: false, reason: 'wrong-pin' };
          },
          lock: async () => {
            calls.push('lock');
            unlocked = false;
            return { ok: true };
          },
          exit: guarded('exit'),
          reload: guarded('reload'),
          syncNow: guarded('syncNow'),
          status: async () => (unlocked ? adminStatus : null),
        },
      },
    });
  }, status);

  await page.goto(apiHost.url);
  await waitForSettledStore(page);
  const enter = async (pin: string) => {
    for (const digit of pin) await page.getByRole('button', { name: digit, exact: true }).tap();
    await page.getByRole('button', { name: T.ok, exact: true }).tap();
  };

  await openAdmin(page);
  await expect(page.getByRole('heading', { name: T.pinTitle })).toBeVisible();
  await page.getByRole('button', { name: '1', exact: true }).tap();
  await expect(page.getByText(T.pinEntered.replace('{{count}}', '1'))).toBeAttached();
  await page.getByRole('button', { name: T.clear }).tap();
  await expectNoAxeViolations(page);

  await enter('2468');
  await expect(page.getByRole('heading', { level: 1, name: T.title })).toBeVisible();
  await expect(page.locator('dd', { hasText: '45.5.0' })).toBeVisible();
  await expect(page.locator('dd', { hasText: T.modeKiosk })).toBeVisible();
  const errors = page.getByRole('table');
  await expect(errors.getByRole('cell', { name: 'pieces/kawung-cap/piece.yaml:15' })).toBeVisible();
  await expect(errors.getByRole('cell', { name: 'production.date.earliest' })).toBeVisible();
  await expect(page.getByText('renderer gone')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: T.exit }).tap();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { adminCalls: string[] }).adminCalls))
    .toContain('exit');
  await page.getByRole('button', { name: T.lock }).tap();
  await expect(route(page)).toHaveAttribute('data-route', 'home');

  // Locked again: the corner leads to the PIN pad, and five wrong PINs lock it out.
  await openAdmin(page);
  await expect(page.getByRole('heading', { name: T.pinTitle })).toBeVisible();
  for (let i = 0; i < 4; i++) {
    await enter('1111');
    await expect(page.getByRole('status').filter({ hasText: T.wrongPin })).toBeVisible();
  }
  await enter('1111');
  await expect(
    page.getByRole('status').filter({ hasText: T.locked.replace(/\{\{seconds\}\}.*/, '') }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: '2', exact: true })).toBeDisabled();
  await expectNoAxeViolations(page);
});

test('with no collection at all, the corner still opens the status page over the retry screen', async ({
  page,
}) => {
  const host = await startWebHost({
    rendererRoot: path.join(root, 'dist/renderer'),
    collectionRoot: () => null,
    api: {
      status: hostStatusReader({ appVersion: '0.1.0', live: null, watching: false }),
      events: new EventStream(),
    },
  });
  try {
    await page.goto(host.url);
    await expect(route(page)).toHaveAttribute('data-sync-state', 'unavailable');
    await openAdmin(page);
    await expect(page.getByRole('heading', { level: 1, name: T.title })).toBeVisible();
    await expect(page.getByText(T.hostNoCollection)).toBeVisible();
    // Neither the page nor the host has a collection yet.
    await expect(page.locator('dd', { hasText: T.none })).toHaveCount(2);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: T.leave }).tap();
    await expect(page.getByRole('heading', { level: 1, name: T.title })).toHaveCount(0);
  } finally {
    await host.close();
  }
});
