import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { AdminStatus } from '../../electron/shared/kiosk-status';
import { ADMIN_ID as T, expectNoAxeViolations, openAdmin } from './admin-helpers';
import { expect, test } from './kiosk-fixtures';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const notice = (lang: string) =>
  (
    JSON.parse(readFileSync(path.join(root, `renderer/locales/${lang}/outOfOrder.json`), 'utf8')) as {
      outOfOrder: Record<string, string>;
    }
  ).outOfOrder;
const ID = notice('id');
const EN = notice('en');

const status: AdminStatus = {
  versions: { app: '0.1.0', electron: '45.5.0', chrome: '140.0.0.0', node: '22.20.0' },
  startedAt: '2026-12-01T09:05:00.000Z',
  uptimeSec: 60,
  memoryMB: 180,
  collection: { sourceDir: '', sourceMissing: false, building: false, lastGood: null, lastFailure: null },
  config: { path: '/etc/kiosk.json', exists: true, problems: [] },
  recoveries: [
    { at: '2026-12-01T09:05:00.000Z', kind: 'out-of-order', detail: '5 starts within 15 min' },
    { at: '2026-12-01T09:04:00.000Z', kind: 'relaunch', detail: 'renderer crash loop (crashed)' },
  ],
};

/**
 * The out-of-order page as Electron's main shows it, with a stand-in for the preload bridge (PIN
 * 2468) and with IndexedDB made unusable: the page must not need it.
 */
async function openOutOfOrder(page: Page, url: string) {
  await page.addInitScript((adminStatus) => {
    Object.defineProperty(window, 'indexedDB', {
      get() {
        throw new Error('IndexedDB is broken on this kiosk');
      },
    });
    const calls: string[] = [];
    let unlocked = false;
    Object.assign(window, {
      adminCalls: calls,
      kiosk: {
        version: async () => '0.1.0',
        settings: async () => null,
        heartbeat: async () => true,
        onCollectionProgress: () => () => undefined,
        onCollectionUpdated: () => () => undefined,
        admin: {
          unlock: async (pin: string) => {
            calls.push('unlock');
            unlocked = pin === '2468';
            return unlocked ? { ok: true } : { ok: false, reason: 'wrong-pin' };
          },
          lock: async () => {
            calls.push('lock');
            unlocked = false;
            return { ok: true };
          },
          restart: async () => {
            calls.push('restart');
            return unlocked ? { ok: true } : { ok: false, reason: 'locked' };
          },
          exit: async () => ({ ok: unlocked }),
          reload: async () => ({ ok: unlocked }),
          syncNow: async () => ({ ok: unlocked }),
          status: async () => (unlocked ? adminStatus : null),
        },
      },
    });
  }, status);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(new URL('out-of-order.html', url).href);
  return errors;
}

test('out of order: a calm notice in Indonesian then English, with no error text and no IndexedDB', async ({
  page,
  host,
}) => {
  const errors = await openOutOfOrder(page, host.url);
  await expect(page.getByRole('heading', { level: 1, name: ID.title })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: EN.title })).toBeVisible();
  await expect(page.getByText(ID.body)).toBeVisible();
  await expect(page.getByText(EN.body)).toBeVisible();
  // Indonesian first.
  const headings = await page.getByRole('heading').allTextContents();
  expect(headings).toEqual([ID.title, EN.title]);
  await expect(page.locator('body')).not.toContainText(/error|galat|crash|undefined/i);
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test('out of order: the hidden gesture and the PIN lead to the status page and "restart now"', async ({
  page,
  host,
}) => {
  await openOutOfOrder(page, host.url);
  await openAdmin(page);
  await expect(page.getByRole('heading', { name: T.pinTitle })).toBeVisible();
  const enter = async (pin: string) => {
    for (const digit of pin) await page.getByRole('button', { name: digit, exact: true }).tap();
    await page.getByRole('button', { name: T.ok, exact: true }).tap();
  };
  await enter('1111');
  await expect(page.getByRole('status').filter({ hasText: T.wrongPin })).toBeVisible();
  await enter('2468');
  await expect(page.getByRole('heading', { level: 1, name: T.title })).toBeVisible();
  await expect(page.getByText(notice('id').adminHint)).toBeVisible();
  // What the earlier runs went through is on the page.
  await expect(page.getByText('out-of-order: 5 starts within 15 min')).toBeVisible();
  await expect(page.getByText('relaunch: renderer crash loop (crashed)')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: T.restart }).tap();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { adminCalls: string[] }).adminCalls))
    .toContain('restart');

  // "Lock and leave" returns to the notice and ends the session.
  await page.getByRole('button', { name: T.lock }).tap();
  await expect(page.getByRole('heading', { level: 1, name: ID.title })).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { adminCalls: string[] }).adminCalls))
    .toContain('lock');
});

test.describe('without script', () => {
  test.use({ javaScriptEnabled: false });

  test('the notice still shows when the page script cannot run at all', async ({ page, host }) => {
    await page.goto(new URL('out-of-order.html', host.url).href);
    await expect(page.getByText(ID.title)).toBeVisible();
    await expect(page.getByText(EN.title)).toBeVisible();
  });
});
