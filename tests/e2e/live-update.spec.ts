import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base } from '@playwright/test';
import { EventStream } from '../../electron/node/web/event-stream';
import { hostStatusReader } from '../../electron/node/web/host-status';
import { LiveCollection } from '../../electron/node/web/live-collection';
import { startWebHost, type WebHost } from '../../electron/node/web/web-host';
import { COLLECTION_UPDATED_EVENT, type WebHostStatus } from '../../electron/shared/web-host-status';
import { makeMinCollection, removeCollection } from '../unit/collection/fixture-helper';
import { ADMIN_ID as T, expectNoAxeViolations, openAdmin } from './admin-helpers';
import { expect, waitForSettledStore } from './kiosk-fixtures';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** `npm run web` as wired by its CLI, on a temp copy of collection-min the test edits like a curator. */
interface LiveHost {
  url: string;
  source: string;
  events: EventStream;
  status(): Promise<WebHostStatus>;
}

const test = base.extend<{ live: LiveHost }>({
  // eslint-disable-next-line no-empty-pattern
  live: async ({}, use) => {
    const source = await makeMinCollection();
    const out = await mkdtemp(path.join(tmpdir(), 'live-e2e-out-'));
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
      source,
      events,
      status: async () => (await (await fetch(new URL('api/status', host.url))).json()) as WebHostStatus,
    });
    live.stop();
    await host.close();
    await removeCollection(source);
    await rm(out, { recursive: true, force: true });
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
