import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from '@playwright/test';
import { buildCollection } from '../../electron/node/collection/build';
import { currentBuild } from '../../electron/node/collection/build-folders';
import { EventStream } from '../../electron/node/web/event-stream';
import { hostStatusReader } from '../../electron/node/web/host-status';
import { startWebHost } from '../../electron/node/web/web-host';
import { COLLECTION_UPDATED_EVENT } from '../../electron/shared/web-host-status';
import { makeMinCollection, removeCollection, writeImage } from '../unit/support/fixture-helper';
import { expect, waitForSettledStore } from './kiosk-fixtures';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// A kiosk goes live before its deep-zoom tiles exist. A visitor looking at a piece when its tiles
// are published must see no change but a sharper picture: no loading, no jump, the zoom kept.
test('tiles published while a piece is open replace its display image in place, keeping the view', async ({
  page,
}) => {
  const source = await makeMinCollection();
  // Large enough for deep zoom (the display image is 1,600 px).
  await writeImage(path.join(source, 'pieces/jlamprang-tulis/full.png'), '#2b3a67', 2400, 1400);
  const out = await mkdtemp(path.join(tmpdir(), 'tiles-arrive-'));
  const events = new EventStream();
  const host = await startWebHost({
    rendererRoot: path.join(root, 'dist/renderer'),
    collectionRoot: () => currentBuild(out),
    api: { status: hostStatusReader({ appVersion: 'e2e', live: null, watching: false }), events },
  });
  try {
    // What a live host publishes first: records, thumbnails and display images, no tiles yet.
    expect((await buildCollection({ source, out, tiles: 'cached' })).pendingTiles.length).toBeGreaterThan(0);

    await page.goto(`${host.url}#/piece/jlamprang-tulis`);
    await waitForSettledStore(page);
    const viewer = page.getByRole('img', { name: /^Gambar yang dapat diperbesar: / });
    await expect(page.locator('.kit-zoom')).toHaveAttribute('data-status', 'ready');
    await expect(viewer).toHaveAttribute('data-source', 'image');
    await expect(viewer).toHaveAttribute('data-image-rect', /^-?\d/);
    // Every status the viewer shows from now on, to prove it never went back to "loading".
    await page.evaluate(() => {
      const seen: string[] = [];
      const frame = document.querySelector('.kit-zoom')!;
      new MutationObserver(() => seen.push(frame.getAttribute('data-status') ?? '')).observe(frame, {
        attributes: true,
        attributeFilter: ['data-status'],
      });
      Object.assign(window, { zoomStatuses: seen });
    });
    await page.getByRole('button', { name: 'Perbesar' }).click();
    await expect.poll(async () => Number(await viewer.getAttribute('data-zoom'))).toBeGreaterThan(1.5);
    // Let the zoom glide settle before the view is read.
    let last = '';
    await expect
      .poll(async () => {
        const now = `${await viewer.getAttribute('data-zoom')} ${await viewer.getAttribute('data-image-rect')}`;
        const settled = now === last;
        last = now;
        return settled;
      })
      .toBe(true);
    const before = {
      zoom: await viewer.getAttribute('data-zoom'),
      rect: await viewer.getAttribute('data-image-rect'),
    };
    await expect.poll(() => events.size).toBeGreaterThan(0);

    // The tiles are made and published; the host tells the page, as after every passing build.
    const withTiles = await buildCollection({ source, out });
    expect(withTiles.pendingTiles).toEqual([]);
    events.send(COLLECTION_UPDATED_EVENT, { version: withTiles.version });

    await expect(viewer).toHaveAttribute('data-source', 'tiles', { timeout: 30_000 });
    expect(await viewer.getAttribute('data-zoom')).toBe(before.zoom);
    const rect = (value: string | null) => (value ?? '').split(',').map(Number);
    const [x0, y0, w0, h0] = rect(before.rect);
    const [x1, y1, w1, h1] = rect(await viewer.getAttribute('data-image-rect'));
    // The same place to the pixel (the tiles' full size and the display image differ by rounding).
    for (const [a, b] of [
      [x0, x1],
      [y0, y1],
      [w0, w1],
      [h0, h1],
    ] as const) {
      expect(Math.abs(a! - b!)).toBeLessThanOrEqual(1);
    }
    expect(await page.evaluate(() => (window as unknown as { zoomStatuses: string[] }).zoomStatuses)).toEqual(
      [],
    );
    // Tiles were really fetched from the new build.
    await expect
      .poll(() =>
        page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('_files/'))),
      )
      .toBe(true);
  } finally {
    await host.close();
    await removeCollection(source);
    await rm(out, { recursive: true, force: true });
  }
});
