import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventStream } from '../../../../../electron/node/web/event-stream';
import { hostStatusReader } from '../../../../../electron/node/web/host-status';
import { WebLiveCollection } from '../../../../../electron/node/web/live-collection';
import { startWebHost, type WebHost } from '../../../../../electron/node/web/web-host';
import type { CollectionManifest } from '../../../../../electron/shared/collection-records';
import { COLLECTION_UPDATED_EVENT, type WebHostStatus } from '../../../../../electron/shared/web-host-status';
import { makeMinCollection, removeCollection, writeImage } from '../../../support/fixture-helper';
import { makeTempSite, type TempSite } from '../../../support/temp-site';
import { connectSse } from './sse-client';

// The real path a held-back record takes: the kiosk's worker-thread build, the keep-last-good
// updater, the web host's printed lines and its /api/status, as `npm run web` wires them.
describe('a collection with one unreadable photo in the web host', () => {
  let source: string;
  let out: string;
  let site: TempSite;
  let host: WebHost;
  let live: WebLiveCollection;
  const lines: string[] = [];
  const events = new EventStream();
  const photo = () => path.join(source, 'pieces/kawung-cap/full.png');

  beforeAll(async () => {
    source = await makeMinCollection();
    out = await mkdtemp(path.join(tmpdir(), 'live-held-out-'));
    site = await makeTempSite();
    await writeFile(photo(), 'a web page saved as full.png');
    live = new WebLiveCollection({
      source,
      out,
      debounceMs: 200,
      pollMs: 200,
      onUpdated: ({ version }) => events.send(COLLECTION_UPDATED_EVENT, { version }),
      print: (line) => lines.push(line),
    });
    await live.start(true);
    host = await startWebHost({
      rendererRoot: site.rendererRoot,
      collectionRoot: () => live.root(),
      api: { status: hostStatusReader({ appVersion: 'test', live, watching: true }), events },
    });
  }, 120_000);
  afterAll(async () => {
    live.stop();
    await host.close();
    await site.remove();
    await removeCollection(source);
    await rm(out, { recursive: true, force: true });
  });

  const status = async () => (await (await fetch(new URL('api/status', host.url))).json()) as WebHostStatus;
  const served = async () =>
    (await (await fetch(new URL('collection/manifest.json', host.url))).json()) as CollectionManifest;

  it('serves every other piece, reports the held-back one, and brings it in once its photo is replaced', async () => {
    expect((await served()).counts.pieces).toBe(2);
    const collection = (await status()).collection!;
    expect(collection.lastFailure).toBeNull();
    expect(collection.lastGood).toMatchObject({ version: (await served()).version, heldBackCount: 1 });
    expect(collection.lastGood?.heldBack).toEqual([
      {
        kind: 'pieces',
        id: 'kawung-cap',
        previousKept: false,
        problemCount: 1,
        problems: [
          expect.objectContaining({
            file: 'pieces/kawung-cap/piece.yaml',
            field: 'media[0].file',
            line: 20,
            severity: 'error',
          }),
        ],
      },
    ]);
    expect(lines).toContain('Held back 1 record; everything else is live:');
    expect(lines).toContain('  piece kawung-cap: not shown until this is fixed');
    expect(lines.at(-1)).toMatch(/^Serving /);

    // The curator replaces the photo: the piece comes in and the list empties.
    const sse = connectSse(host.port);
    await sse.opened;
    const updated = sse.next(COLLECTION_UPDATED_EVENT);
    await writeImage(photo(), '#8a5a2b');
    await updated;
    expect((await served()).counts.pieces).toBe(3);
    expect((await status()).collection?.lastGood).toMatchObject({ heldBack: [], heldBackCount: 0 });
    const pieces = JSON.parse(
      await readFile(
        path.join(live.root()!, (await served()).chunks.find((c) => c.kind === 'pieces')!.file),
        'utf8',
      ),
    ) as { id: string }[];
    expect(pieces.map((p) => p.id)).toContain('kawung-cap');
    sse.close();
  }, 120_000);
});
