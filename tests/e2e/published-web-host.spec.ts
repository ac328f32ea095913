import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';
import { buildCollection } from '../../electron/node/collection/build';
import { publishBundle } from '../../electron/node/publish/publish-bundle';
import { writeKeyPair } from '../../electron/node/publish/signing-keys';
import type { WebHostStatus } from '../../electron/shared/web-host-status';
import { makeMinCollection, removeCollection, writeImage } from '../unit/support/fixture-helper';
import { startStaticBundleServer, type StaticBundleServer } from '../unit/support/static-bundle-server';
import { expect, expectPieceCount, waitForSettledStore } from './kiosk-fixtures';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Published {
  url: string;
  status(): Promise<WebHostStatus>;
  publish(): Promise<number>;
  source: string;
}

/**
 * `npm run web -- --publish-url URL --publish-key FILE`, the real CLI in its own process, pulling a
 * bundle that `collection -- publish`'s code wrote from collection-min and a static server serves.
 */
const test = base.extend<{ published: Published }>({
  // eslint-disable-next-line no-empty-pattern
  published: async ({}, use) => {
    const work = await mkdtemp(path.join(tmpdir(), 'published-e2e-'));
    const source = await makeMinCollection();
    const keys = await writeKeyPair(path.join(work, 'keys'));
    const bundle = path.join(work, 'bundle');
    const publish = async () =>
      (
        await publishBundle({
          source,
          to: bundle,
          keyFile: keys.privateFile,
          out: path.join(work, 'publisher'),
          build: (s, o) => buildCollection({ source: s, out: o, tiles: false }),
        })
      ).pointer!.version;
    await publish();
    const server: StaticBundleServer = await startStaticBundleServer(bundle);
    const cli = path.join(ROOT, 'electron/node/web/cli.ts');
    const host: ChildProcess = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        cli,
        '--publish-url',
        server.url,
        '--publish-key',
        keys.publicFile,
        '--port',
        '0',
        '--out',
        path.join(work, 'kiosk'),
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const url = await new Promise<string>((resolve, reject) => {
      let text = '';
      host.stdout!.on('data', (data: Buffer) => {
        text += data.toString();
        const found = /Kiosk web host on (http:\/\/\S+)/.exec(text);
        if (found) resolve(found[1]!);
      });
      host.once('exit', (code) => reject(new Error(`the web host exited with ${code}`)));
    });
    const status = async () => (await (await fetch(new URL('api/status', url))).json()) as WebHostStatus;
    await use({ url, status, publish, source });
    host.kill('SIGTERM');
    await new Promise((resolve) => (host.exitCode !== null ? resolve(null) : host.once('exit', resolve)));
    await server.close();
    await removeCollection(source);
    await rm(work, { recursive: true, force: true });
  },
});

test('the web host pulls a published collection, shows it, reports it, and takes a new version on sync now', async ({
  page,
  published,
}) => {
  await test.step('the pulled collection is on screen and the status says which version, verified', async () => {
    await page.goto(`${published.url}#/browse`);
    await waitForSettledStore(page);
    await expectPieceCount(page, 3);
    const status = await published.status();
    expect(status.publish).toMatchObject({ version: 1, problem: null });
    expect(status.publish?.verifiedAt).toBeTruthy();
    expect(status.watching).toBe(false);
  });

  await test.step("a new publish arrives with the admin's sync now, and the page follows", async () => {
    const manifestBefore = await page.evaluate(async () => (await fetch('collection/manifest.json')).text());
    await writeImage(path.join(published.source, 'pieces/kawung-cap/full.png'), '#335577');
    expect(await published.publish()).toBe(2);
    const answer = await fetch(new URL('api/admin/sync-now', published.url), { method: 'POST' });
    expect(answer.status).toBe(200);
    expect((await published.status()).publish).toMatchObject({ version: 2, problem: null });
    await expect
      .poll(() => page.evaluate(async () => (await fetch('collection/manifest.json')).text()))
      .not.toBe(manifestBefore);
    await waitForSettledStore(page);
    await expectPieceCount(page, 3);
  });
});
