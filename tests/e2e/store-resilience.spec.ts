import { rmSync } from 'node:fs';
import type { Page, Route } from '@playwright/test';
import { browseGrid, expect, expectPieceCount, test, waitForSettledStore } from './kiosk-fixtures';
import { FIXTURE_ROOT, writeVariant } from './variant-collection';

const pieceChunk = /\/collection\/chunks\/pieces-[0-9a-f]+\.json$/;

/** Counts the piece chunks the page downloads from now on. */
function countPieceChunks(page: Page): { count: number } {
  const seen = { count: 0 };
  page.on('request', (request) => {
    if (pieceChunk.test(request.url())) seen.count++;
  });
  return seen;
}

/** Reads the live slot's stored search index size (its `chars`) straight from IndexedDB, bypassing the app. */
function storedSearchIndexLength(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('batik-kiosk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const meta = open.result.transaction('meta').objectStore('meta');
          const pointer = meta.get('pointer');
          pointer.onsuccess = () => {
            const row = meta.get(`search:${(pointer.result as { slot: string }).slot}`);
            row.onsuccess = () => {
              resolve((row.result as { chars?: number } | undefined)?.chars ?? 0);
              open.result.close();
            };
          };
        };
      }),
  );
}

test.describe('the offline store in real IndexedDB', () => {
  test('a sync cut off by a reload leaves the old collection readable, and the next start completes it', async ({
    page,
    host,
    foreignRequests,
  }) => {
    host.serve(FIXTURE_ROOT);
    await page.goto(`${host.url}#/browse`);
    await waitForSettledStore(page);
    await expectPieceCount(page, 3);

    const v2 = writeVariant(40, 4);
    const total = v2.manifest.chunks.filter((c) => c.kind === 'pieces').length;
    host.serve(v2.root);
    // Let three piece chunks through, then hold the rest so the sync is caught half way.
    let passed = 0;
    let onHeld!: () => void;
    const held = new Promise<void>((resolve) => (onHeld = resolve));
    await page.route(pieceChunk, async (route: Route) => {
      if (passed < 3) {
        passed++;
        await route.continue();
      } else onHeld();
    });
    await page.reload();
    await held;
    await expect(page.locator('.app')).toHaveAttribute('data-syncing', 'true');
    await expectPieceCount(page, 3);

    // Reload while the chunk is still held (unrouting first would let it through), this time with
    // the host gone: the previous collection is still whole.
    host.serve(null);
    await page.reload();
    await waitForSettledStore(page);
    await expectPieceCount(page, 3);
    await browseGrid(page).getByRole('listitem').first().getByRole('button').first().tap();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.unrouteAll({ behavior: 'ignoreErrors' });

    host.serve(v2.root);
    const downloads = countPieceChunks(page);
    // Back to the grid (a hash change, no reload), then a fresh start there.
    await page.goto(`${host.url}#/browse`);
    await page.reload();
    await waitForSettledStore(page);
    await expectPieceCount(page, v2.manifest.counts.pieces);
    // The three chunks stored before the cut were not downloaded again.
    expect(downloads.count).toBe(total - 3);
    expect(foreignRequests).toEqual([]);
    rmSync(v2.root, { recursive: true, force: true });
  });

  test('deleting the database makes the next start rebuild it from the host', async ({
    page,
    host,
    collection,
    foreignRequests,
  }) => {
    await page.goto(`${host.url}#/browse`);
    await waitForSettledStore(page);
    await expectPieceCount(page, collection.manifest.counts.pieces);

    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase('batik-kiosk');
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error);
        }),
    );
    const downloads = countPieceChunks(page);
    await page.reload();
    await waitForSettledStore(page);
    await expectPieceCount(page, collection.manifest.counts.pieces);
    expect(downloads.count).toBe(collection.manifest.chunks.filter((c) => c.kind === 'pieces').length);
    expect(foreignRequests).toEqual([]);
  });

  test("the sync runs in the sync worker: the chunks are downloaded, but not by the page's thread", async ({
    page,
    host,
    foreignRequests,
  }) => {
    const downloads = countPieceChunks(page);
    await page.goto(`${host.url}#/browse`);
    await waitForSettledStore(page);
    await expect(browseGrid(page)).toBeVisible();
    expect(downloads.count).toBeGreaterThan(0);
    expect(page.workers().map((worker) => worker.url())).toContainEqual(
      expect.stringMatching(/\/sync-worker-[\w-]+\.js$/),
    );
    // A page's resource timeline lists what the page itself fetched; a worker's fetches are in its own.
    const fetchedByPage = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => entry.name),
    );
    expect(fetchedByPage.filter((url) => url.includes('/collection/chunks/'))).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  test('the search index is built in a worker at sync time and stored with the live slot', async ({
    page,
    host,
    foreignRequests,
  }) => {
    await page.goto(`${host.url}#/browse`);
    await waitForSettledStore(page);
    expect(await storedSearchIndexLength(page)).toBeGreaterThan(100);
    expect(foreignRequests).toEqual([]);
  });
});
