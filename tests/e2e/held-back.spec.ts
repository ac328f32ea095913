import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test as base } from '@playwright/test';
import { writeImage } from '../unit/support/fixture-helper';
import { ADMIN_ID as T, expectNoAxeViolations, openAdmin } from './admin-helpers';
import { browseGrid, expect, expectPieceCount, waitForSettledStore } from './kiosk-fixtures';
import { startLiveWebHost, type LiveWebHost } from './live-web-host';

/**
 * A first install with one bad photo, through `npm run web`'s wiring: a temp copy of
 * collection-min whose kawung-cap photo is a saved web page, compiled by the kiosk's worker build.
 */
const test = base.extend<{ live: LiveWebHost & { photo: string } }>({
  // eslint-disable-next-line no-empty-pattern
  live: async ({}, use) => {
    const photoIn = (source: string) => path.join(source, 'pieces/kawung-cap/full.png');
    const live = await startLiveWebHost((source) =>
      writeFile(photoIn(source), '<!doctype html><title>Not found</title>'),
    );
    await use({ ...live, photo: photoIn(live.source) });
    await live.close();
  },
});

test('a first install with one bad photo shows every other piece, and the status page says which one waits', async ({
  page,
  live,
}) => {
  await page.goto(`${live.url}#/browse`);
  await waitForSettledStore(page);

  await test.step('visitors see the other pieces, and no trace of the held-back one', async () => {
    await expectPieceCount(page, 2);
    const grid = browseGrid(page);
    await expect(grid.getByText('Kain panjang jlamprang', { exact: true })).toBeVisible();
    await expect(grid.getByText('Tekstil cetak bermotif kawung', { exact: true })).toBeVisible();
    await expect(grid.getByText('Sarung kawung cap', { exact: true })).toHaveCount(0);
    // jlamprang-tulis links to it as related: the link is gone, not a card into nothing.
    await grid.getByText('Kain panjang jlamprang', { exact: true }).tap();
    await expect(page.locator('.app')).toHaveAttribute('data-route', 'piece');
    await expect(page.locator('.piece-related')).toHaveCount(0);
  });

  await test.step('the host reports it held back, with file, field and line', async () => {
    const collection = (await live.status()).collection!;
    expect(collection.lastFailure).toBeNull();
    expect(collection.lastGood?.heldBack).toEqual([
      expect.objectContaining({
        kind: 'pieces',
        id: 'kawung-cap',
        previousKept: false,
        problems: [
          expect.objectContaining({ file: 'pieces/kawung-cap/piece.yaml', field: 'media[0].file', line: 20 }),
        ],
      }),
    ]);
  });

  await test.step('the admin status page lists it with its problem', async () => {
    await openAdmin(page);
    await expect(
      page.getByRole('heading', { name: T.heldBackTitle!.replace('{{count}}', '1') }),
    ).toBeVisible();
    const row = page.getByRole('row', { name: new RegExp(T.heldBackPiece!.replace('{{id}}', 'kawung-cap')) });
    await expect(row.getByRole('cell', { name: T.heldBackLeftOut, exact: true })).toBeVisible();
    await expect(row.getByText('pieces/kawung-cap/piece.yaml:20', { exact: true })).toBeVisible();
    // Indonesian has one plural form, `other`, whatever the count.
    await expect(page.getByText(T.heldBackAlert_other!.replace('{{count, number}}', '1'))).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step('a good photo brings the piece in', async () => {
    await page.getByRole('button', { name: T.leave }).tap();
    await writeImage(live.photo, '#8a5a2b');
    await expect
      .poll(async () => (await live.status()).collection?.lastGood?.heldBackCount, { timeout: 60_000 })
      .toBe(0);
    await page.goto(`${live.url}#/browse`);
    await waitForSettledStore(page);
    await expectPieceCount(page, 3);
    await expect(browseGrid(page).getByText('Sarung kawung cap', { exact: true })).toBeVisible();
  });
});
