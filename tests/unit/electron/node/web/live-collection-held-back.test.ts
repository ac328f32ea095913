import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeImage } from '../../../support/fixture-helper';
import { COLLECTION_UPDATED_EVENT } from '../../../../../electron/shared/web-host-status';
import { connectSse } from './sse-client';
import { startWatchedWebHost, type WatchedWebHost } from './watched-web-host';

// The real path a held-back record takes: the kiosk's worker-thread build, the keep-last-good
// updater, the web host's printed lines and its /api/status, as `npm run web` wires them.
describe('a collection with one unreadable photo in the web host', () => {
  let watched: WatchedWebHost;
  const photo = () => path.join(watched.source, 'pieces/kawung-cap/full.png');

  beforeAll(async () => {
    watched = await startWatchedWebHost((source) =>
      writeFile(path.join(source, 'pieces/kawung-cap/full.png'), 'a web page saved as full.png'),
    );
  }, 120_000);
  afterAll(() => watched.close());

  const status = () => watched.status();
  const served = () => watched.manifest();

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
    expect(watched.lines).toContain('Held back 1 record; everything else is live:');
    expect(watched.lines).toContain('  piece kawung-cap: not shown until this is fixed');
    expect(watched.lines.at(-1)).toMatch(/^Serving /);

    // The curator replaces the photo: the piece comes in and the list empties.
    const sse = connectSse(watched.host.port);
    await sse.opened;
    const updated = sse.next(COLLECTION_UPDATED_EVENT);
    await writeImage(photo(), '#8a5a2b');
    await updated;
    expect((await served()).counts.pieces).toBe(3);
    expect((await status()).collection?.lastGood).toMatchObject({ heldBack: [], heldBackCount: 0 });
    const pieces = JSON.parse(
      await readFile(
        path.join(watched.live.root()!, (await served()).chunks.find((c) => c.kind === 'pieces')!.file),
        'utf8',
      ),
    ) as { id: string }[];
    expect(pieces.map((p) => p.id)).toContain('kawung-cap');
    sse.close();
  }, 120_000);
});
