import { mkdtemp, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base } from '@playwright/test';
import type { CollectionManifest } from '../../electron/shared/collection-records';
import { WebLiveCollection } from '../../electron/node/web/live-collection';
import { startWebHost, type WebHost } from '../../electron/node/web/web-host';
import { makeMinCollection, removeCollection } from '../unit/support/fixture-helper';
import { expect, expectPieceCount, waitForSettledStore } from './kiosk-fixtures';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** `npm run web` as its CLI wires it (worker build, served folder), started on demand by the test. */
interface RepairHost {
  source: string;
  out: string;
  /** Starts a web host with a fresh WebLiveCollection on `out`, as a restart of `npm run web` would. */
  start(): Promise<{ url: string; live: WebLiveCollection; lines: string[] }>;
}

const test = base.extend<{ repair: RepairHost }>({
  // eslint-disable-next-line no-empty-pattern
  repair: async ({}, use) => {
    const source = await makeMinCollection();
    const out = await mkdtemp(path.join(tmpdir(), 'repair-e2e-out-'));
    const hosts: WebHost[] = [];
    await use({
      source,
      out,
      async start() {
        const lines: string[] = [];
        const live = new WebLiveCollection({
          source,
          out,
          onUpdated: () => undefined,
          print: (l) => lines.push(l),
        });
        await live.start(false);
        const host = await startWebHost({
          rendererRoot: path.join(root, 'dist/renderer'),
          collectionRoot: () => live.root(),
        });
        hosts.push(host);
        return { url: host.url, live, lines };
      },
    });
    await Promise.all(hosts.map((host) => host.close()));
    await removeCollection(source);
    await rm(out, { recursive: true, force: true });
  },
});

test('a truncated chunk in the live build is repaired by a rebuild, and a fresh browser shows the collection', async ({
  page,
  repair,
}) => {
  const { url, live } = await repair.start();
  const damagedRoot = live.root()!;
  const manifest = JSON.parse(
    await readFile(path.join(damagedRoot, 'manifest.json'), 'utf8'),
  ) as CollectionManifest;
  const chunk = path.join(damagedRoot, manifest.chunks.find((c) => c.kind === 'pieces')!.file);
  await truncate(chunk, Math.floor((await stat(chunk)).size / 2));

  // The curator folder did not change: the same content is built again.
  await live.rebuild('request');
  expect(live.root()).not.toBe(damagedRoot);

  await page.goto(`${url}#/browse`);
  await waitForSettledStore(page);
  await expectPieceCount(page, manifest.counts.pieces);
});

test('with current.json damaged and the curator folder broken, the host serves the intact build on disk', async ({
  page,
  repair,
}) => {
  const first = await repair.start();
  const good = first.live.root()!;
  await writeFile(path.join(repair.out, 'current.json'), '{"build": "builds/');
  // A collection-wide mistake rejects the update (a piece's own mistake would only hold it back).
  const config = path.join(repair.source, 'collection.yaml');
  await writeFile(
    config,
    (await readFile(config, 'utf8')).replace('defaultLanguage: id', 'defaultLanguage: xx'),
  );

  const { url, live, lines } = await repair.start();
  expect(live.status().lastFailure?.errors[0]).toMatchObject({ file: 'collection.yaml' });
  expect(lines.at(-1)).toBe(`Serving the last good build from ${good}.`);

  await page.goto(`${url}#/browse`);
  await waitForSettledStore(page);
  await expectPieceCount(page, 3);
});
