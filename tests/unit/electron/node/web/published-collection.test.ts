import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCollection } from '../../../../../electron/node/collection/build';
import { currentBuild } from '../../../../../electron/node/collection/build-folders';
import { publishBundle } from '../../../../../electron/node/publish/publish-bundle';
import { writeKeyPair } from '../../../../../electron/node/publish/signing-keys';
import { hostStatusReader } from '../../../../../electron/node/web/host-status';
import { openPublishedCollection } from '../../../../../electron/node/web/published-collection';
import { makeMinCollection, removeCollection } from '../../../support/fixture-helper';
import { startStaticBundleServer } from '../../../support/static-bundle-server';

let work: string;
let source: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'published-host-'));
  source = await makeMinCollection();
});
afterAll(async () => {
  await removeCollection(source);
  await rm(work, { recursive: true, force: true });
});

describe('the web host pulling a published bundle (--publish-url)', () => {
  it('serves the pulled collection, reports what it holds, and starts from it when the server is down', async () => {
    const keys = await writeKeyPair(path.join(work, 'keys'));
    const bundle = path.join(work, 'bundle');
    const published = await publishBundle({
      source,
      to: bundle,
      keyFile: keys.privateFile,
      out: path.join(work, 'publisher'),
      build: (s, o) => buildCollection({ source: s, out: o, tiles: false }),
    });
    const server = await startStaticBundleServer(bundle);
    const out = path.join(work, 'kiosk');
    const updates: (string | null)[] = [];
    const open = () =>
      openPublishedCollection({
        url: server.url,
        keyFiles: [keys.publicFile],
        out,
        intervalMs: 3_600_000,
        onUpdated: ({ version }) => updates.push(version),
      });
    const first = await open();
    expect(first.live.root()).toBeNull();
    await first.live.start(false);
    expect(first.live.root()).toBe(currentBuild(out));
    expect(updates).toEqual([published.pointer!.collectionVersion]);
    const status = hostStatusReader({
      appVersion: 't',
      live: first.live,
      watching: false,
      publish: first.status,
    })();
    expect(status.publish).toMatchObject({ url: server.url, version: 1, problem: null });
    expect(status.collection?.lastGood?.version).toBe(published.pointer!.collectionVersion);
    first.stop();

    // A restart with the server gone: the held collection is served before any poll.
    await server.close();
    const second = await open();
    expect(second.live.root()).toBe(currentBuild(out));
    expect(second.status()).toMatchObject({ version: 1, problem: null });
    await second.syncNow();
    expect(second.status().problem).toMatch(/could not be reached/);
    expect(second.live.root()).toBe(currentBuild(out));
    second.stop();
  }, 60_000);
});
