import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base } from '@playwright/test';
import { EventStream } from '../../electron/node/web/event-stream';
import { hostStatusReader } from '../../electron/node/web/host-status';
import { LiveCollection } from '../../electron/node/web/live-collection';
import { startWebHost, type WebHost } from '../../electron/node/web/web-host';
import { COLLECTION_UPDATED_EVENT, type WebHostStatus } from '../../electron/shared/web-host-status';
import { makeMinCollection, removeCollection, writeImage } from '../unit/collection/fixture-helper';
import { ADMIN_ID as T, expectNoAxeViolations, openAdmin } from './admin-helpers';
import { browseGrid, expect, expectPieceCount, waitForSettledStore } from './kiosk-fixtures';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * A first install with one bad photo, through `npm run web`'s wiring: a temp copy of
 * collection-min whose kawung-cap photo is a saved web page, compiled by the kiosk's worker build.
 */
interface HeldBackHost {
  url: string;
  photo: string;
  status(): Promise<WebHostStatus>;
}

const test = base.extend<{ live: HeldBackHost }>({
  // eslint-disable-next-line no-empty-pattern
  live: async ({}, use) => {
    const source = await makeMinCollection();
    const photo = path.join(source, 'pieces/kawung-cap/full.png');
    await writeFile(photo, '<!doctype html><title>Not found</title>');
    const out = await mkdtemp(path.join(tmpdir(), 'held-back-e2e-out-'));
    const events = new EventStream();
    const live = new LiveCollection({
      source,
      out,
      debounceMs: 300,
      onUpdated: ({ version }) => events.send(COLLECTION_UPDATED_EVENT, { version }),
    });
    await live.start(true);
    const host: WebHost = await startWebHost({
      rendererRoot: path.join(root, 'dist/renderer'),
      collectionRoot: () => live.root(),
      api: { status: hostStatusReader({ appVersion: 'e2e', live, watching: true }), events },
    });
    await use({
      url: host.url,
      photo,
      status: async () => (await (await fetch(new URL('api/status', host.url))).json()) as WebHostStatus,
    });
    live.stop();
    await host.close();
    await removeCollection(source);
    await rm(out, { recursive: true, force: true });
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
    await expect(page.getByText(T.heldBackAlert!.replace('{{count}}', '1'))).toBeVisible();
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
