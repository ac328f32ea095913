import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test as base } from '@playwright/test';
import { ADMIN_ID as T, expectNoAxeViolations, openAdmin } from './admin-helpers';
import { expect, waitForSettledStore } from './kiosk-fixtures';
import { startLiveWebHost, type LiveWebHost } from './live-web-host';

const test = base.extend<{ live: LiveWebHost }>({
  // eslint-disable-next-line no-empty-pattern
  live: async ({}, use) => {
    const live = await startLiveWebHost();
    await use(live);
    await live.close();
  },
});

test('a curator edit reaches the open page without a reload; a broken edit keeps the last good collection', async ({
  page,
  live,
}) => {
  const pieceFile = path.join(live.source, 'pieces/kawung-cap/piece.yaml');
  const original = await readFile(pieceFile, 'utf8');
  const grid = page.getByRole('list', { name: 'Kain yang ditemukan' });

  await page.goto(`${live.url}#/browse`);
  await waitForSettledStore(page);
  await expect(grid.getByRole('listitem')).toHaveCount(3);
  await expect(grid.getByText('Sarung kawung cap', { exact: true })).toBeVisible();
  // Survives only as long as the page is not reloaded.
  await page.evaluate(() => Object.assign(window, { notReloaded: true }));
  // The page listens to /api/events before anything changes.
  await expect.poll(() => live.events.size).toBeGreaterThan(0);

  await test.step('a new title appears on the open page', async () => {
    await writeFile(pieceFile, original.replace('Sarung kawung cap', 'Sarung kawung cap bermotif bunga'));
    await expect(grid.getByText('Sarung kawung cap bermotif bunga', { exact: true })).toBeVisible({
      timeout: 60_000,
    });
    await expect(grid.getByRole('listitem')).toHaveCount(3);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(
      true,
    );
  });
  const good = (await live.status()).collection?.lastGood?.version;

  await test.step('a broken collection-wide file keeps the last good collection and reports file and field', async () => {
    // (A mistake in one piece's own file would hold back only that piece: see held-back.spec.ts.)
    const config = path.join(live.source, 'collection.yaml');
    await writeFile(
      config,
      (await readFile(config, 'utf8')).replace(
        'title: { id: Koleksi Kecil, en: Small Collection }',
        'title: { en: Small Collection }',
      ),
    );
    await expect
      .poll(async () => (await live.status()).collection?.lastFailure?.errors ?? [], { timeout: 60_000 })
      .toContainEqual(expect.objectContaining({ file: 'collection.yaml', field: 'title.id' }));
    expect((await live.status()).collection?.lastGood?.version).toBe(good);
    await waitForSettledStore(page);
    await expect(grid.getByText('Sarung kawung cap bermotif bunga', { exact: true })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(
      true,
    );
  });

  await test.step('the admin screen shows the rejected update', async () => {
    await openAdmin(page);
    const errors = page.getByRole('table');
    await expect(errors.getByRole('cell', { name: /^collection\.yaml/ })).toBeVisible();
    await expect(errors.getByRole('cell', { name: 'title.id', exact: true })).toBeVisible();
    await expect(page.locator('dd', { hasText: `versi ${good}` })).toHaveCount(2);
    await expect(
      page.getByRole('heading', { name: new RegExp(T.rejectedTitle.split('(')[0]!) }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
