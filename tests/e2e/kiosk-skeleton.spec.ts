import type { PieceRecord } from '../../electron/shared/collection-records';
import type { Page } from '@playwright/test';
import {
  browseGrid,
  expect,
  expectPieceCount,
  test,
  waitForSettledStore,
  type ServedCollection,
} from './kiosk-fixtures';

/** A visitor's way in: the attract loop, a touch, then "all cloths" on home. */
async function openAllPieces(page: Page) {
  await expect(page.locator('.app')).toHaveAttribute('data-route', 'attract');
  await page.getByRole('button', { name: /Sentuh untuk mulai/ }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Jelajahi koleksi batik' })).toBeVisible();
  await page.getByRole('button', { name: /^Semua kain/ }).tap();
  await expect(browseGrid(page)).toBeVisible();
}

/** The pieces in the grid's order (accession, numbers compared as numbers). */
function inGridOrder(collection: ServedCollection): PieceRecord[] {
  return [...collection.pieces].sort((a, b) =>
    a.accession.localeCompare(b.accession, 'en', { numeric: true }),
  );
}

/**
 * A piece near the top of the grid whose Indonesian and English titles differ, so a language change
 * is visible without scrolling.
 */
function bilingualPiece(collection: ServedCollection): PieceRecord {
  const piece = inGridOrder(collection)
    .slice(0, 3)
    .find((p) => p.title.id && p.title.en && p.title.id !== p.title.en);
  if (!piece) throw new Error('the first grid row has no piece with distinct id/en titles');
  return piece;
}

test.describe('kiosk in Chromium over the web host', () => {
  test('first start syncs the collection and shows every piece', async ({
    page,
    host,
    collection,
    foreignRequests,
  }) => {
    await page.goto(host.url);
    await waitForSettledStore(page);
    await openAllPieces(page);
    await expectPieceCount(page, collection.manifest.counts.pieces);

    // Only rows near the viewport are rendered: the last piece appears once the grid is scrolled.
    const last = inGridOrder(collection).at(-1)!;
    await page.locator('.browse-grid-scroller').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(browseGrid(page).getByRole('button').filter({ hasText: last.title.id })).toBeVisible();
    expect(foreignRequests).toEqual([]);
  });

  test('the first start shows a progress screen until the collection is stored', async ({
    page,
    host,
    collection,
    foreignRequests,
  }) => {
    // Hold the piece chunks so the first sync is visibly under way.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/collection\/chunks\/pieces-/, async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(host.url);
    await expect(page.locator('.app')).toHaveAttribute('data-sync-state', 'first-sync');
    await expect(page.getByRole('heading', { name: 'Menyiapkan koleksi' })).toBeVisible();
    await expect(page.getByRole('progressbar', { name: 'Menyiapkan koleksi' })).toBeVisible();

    release();
    await waitForSettledStore(page);
    await openAllPieces(page);
    await expectPieceCount(page, collection.manifest.counts.pieces);
    expect(foreignRequests).toEqual([]);
  });

  test('tapping a piece opens its detail, and Back returns to the grid', async ({
    page,
    host,
    collection,
    foreignRequests,
  }) => {
    const piece = bilingualPiece(collection);
    const motifName = collection.motifs.find((m) => m.id === piece.motifIds[0])?.name.id;
    await page.goto(host.url);
    await waitForSettledStore(page);
    await openAllPieces(page);

    await browseGrid(page).getByRole('button').filter({ hasText: piece.title.id }).first().tap();
    await expect(page.getByRole('heading', { level: 1, name: piece.title.id })).toBeVisible();
    const main = page.getByRole('main');
    if (motifName) await expect(main).toContainText(motifName);
    await expect(main).toContainText(piece.production.date.display.id ?? '');

    await page.getByRole('navigation', { name: 'Navigasi' }).getByRole('button', { name: 'Kembali' }).tap();
    await expect(browseGrid(page)).toBeVisible();
    expect(foreignRequests).toEqual([]);
  });

  test('the language switch changes interface strings and content', async ({
    page,
    host,
    collection,
    foreignRequests,
  }) => {
    const piece = bilingualPiece(collection);
    await page.goto(host.url);
    await waitForSettledStore(page);
    await openAllPieces(page);
    await expect(
      browseGrid(page).getByRole('button').filter({ hasText: piece.title.id }).first(),
    ).toBeVisible();

    await page.getByRole('button', { name: 'English' }).tap();
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'Home', exact: true }).tap();
    await expect(page.getByRole('button', { name: /^North-coast batik/ })).toBeVisible();
    await page.getByRole('button', { name: /^All cloths/ }).tap();
    await page.getByRole('button').filter({ hasText: piece.title.en }).first().tap();
    await expect(page.getByRole('heading', { level: 1, name: piece.title.en })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    // Javanese is always offered: the interface is written in it even where content falls back.
    await page.getByRole('button', { name: 'Basa Jawa' }).tap();
    await expect(page.getByRole('button', { name: 'Wangsul', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).tap();
    await expect(page.getByRole('heading', { level: 1, name: piece.title.id })).toBeVisible();
    expect(foreignRequests).toEqual([]);
  });

  test('after a restart with no collection served, the pieces still show from IndexedDB', async ({
    page,
    host,
    collection,
    foreignRequests,
  }) => {
    await page.goto(host.url);
    await waitForSettledStore(page);
    await openAllPieces(page);
    await expectPieceCount(page, collection.manifest.counts.pieces);

    host.serve(null);
    await host.restart();
    const manifest = page.waitForResponse((r) => r.url().endsWith('/collection/manifest.json'));
    await page.reload();
    expect((await manifest).status()).toBe(404);
    await waitForSettledStore(page);
    await expectPieceCount(page, collection.manifest.counts.pieces);
    expect(foreignRequests).toEqual([]);
  });

  test('with no cache and no collection, a retry screen appears and recovers', async ({
    page,
    host,
    collection,
    foreignRequests,
  }) => {
    host.serve(null);
    await page.goto(host.url);
    await expect(page.locator('.app')).toHaveAttribute('data-sync-state', 'unavailable');
    await expect(page.getByRole('heading', { name: 'Koleksi belum dapat ditampilkan' })).toBeVisible();

    host.serve(collection.root);
    await page.getByRole('button', { name: 'Coba lagi' }).tap();
    await waitForSettledStore(page);
    await openAllPieces(page);
    await expectPieceCount(page, collection.manifest.counts.pieces);
    expect(foreignRequests).toEqual([]);
  });
});
