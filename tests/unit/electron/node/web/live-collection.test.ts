import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildCollection } from '../../../../../electron/node/collection/build';
import type { BuildOutcome } from '../../../../../electron/node/live-collection/collection-updater';
import { WebLiveCollection } from '../../../../../electron/node/web/live-collection';
import { COLLECTION_UPDATED_EVENT } from '../../../../../electron/shared/web-host-status';
import { makeMinCollection, removeCollection } from '../../../support/fixture-helper';
import { connectSse } from './sse-client';
import { startWatchedWebHost, type WatchedWebHost } from './watched-web-host';

describe('WebLiveCollection with a fake compiler', () => {
  const typo = {
    file: 'pieces/a/piece.yaml',
    field: 'title',
    kind: 'required',
    message: 'missing',
    severity: 'error' as const,
  };

  it('keeps serving nothing and reports the errors when the very first build fails', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'live-out-'));
    const lines: string[] = [];
    const onUpdated = vi.fn();
    const live = new WebLiveCollection({
      source: tmpdir(),
      out,
      build: async (): Promise<BuildOutcome> => ({ ok: false, errors: [typo], warnings: [] }),
      onUpdated,
      print: (line) => lines.push(line),
    });
    await live.start(false);
    expect(live.root()).toBeNull();
    expect(onUpdated).not.toHaveBeenCalled();
    expect(live.status().lastFailure?.errors).toEqual([typo]);
    expect(lines[0]).toMatch(/^Building the collection at .* for the first time/);
    expect(lines).toContain('error pieces/a/piece.yaml title: missing');
    expect(lines.at(-1)).toMatch(/without a collection/);
    await rm(out, { recursive: true });
  });

  it('changes nothing when the folder is gone, and survives a build that throws', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'live-out-'));
    const build = vi.fn(async (): Promise<BuildOutcome> => {
      throw new Error('worker died');
    });
    const live = new WebLiveCollection({
      source: path.join(out, 'unplugged'),
      out,
      build,
      onUpdated: vi.fn(),
    });
    await live.start(false);
    expect(build).not.toHaveBeenCalled();
    expect(live.status().sourceMissing).toBe(true);

    const crashing = new WebLiveCollection({ source: tmpdir(), out, build, onUpdated: vi.fn() });
    await crashing.start(false);
    expect(crashing.status().lastFailure?.errors[0]?.message).toBe('worker died');
    await rm(out, { recursive: true });
  });
});

describe('WebLiveCollection going live before its deep-zoom tiles are made', () => {
  it('starts serving the early build and tells the page again when the tiles are in', async () => {
    const source = await makeMinCollection();
    const out = await mkdtemp(path.join(tmpdir(), 'live-out-'));
    const lines: string[] = [];
    const onUpdated = vi.fn();
    let tilesDone: (outcome: BuildOutcome) => void = () => undefined;
    const live = new WebLiveCollection({
      source,
      out,
      // The early build is a real one; the tiles step is held open until the test ends it.
      build: async (input, hooks) => {
        const early = await buildCollection({ ...input, tiles: false });
        hooks.onLive({ ...early, tilesPending: 4 });
        return new Promise<BuildOutcome>((resolve) => {
          tilesDone = resolve;
        });
      },
      onUpdated,
      print: (line) => lines.push(line),
    });
    await live.start(false);
    expect(live.root()).not.toBeNull();
    expect(onUpdated).toHaveBeenCalledTimes(1);
    expect(live.status()).toMatchObject({ building: true, lastGood: { tilesPending: 4 } });
    expect(lines.at(-1)).toMatch(/^Serving .*; deep-zoom tiles of 4 images are being made meanwhile\.$/);

    const final = await buildCollection({ source, out, tiles: false });
    tilesDone({ ...final, version: 'with-tiles' });
    await vi.waitFor(() => expect(live.status().building).toBe(false));
    expect(onUpdated).toHaveBeenCalledTimes(2);
    expect(onUpdated).toHaveBeenLastCalledWith(expect.objectContaining({ version: 'with-tiles' }));
    await removeCollection(source);
    await rm(out, { recursive: true });
  });
});

// The real thing: the kiosk's worker-thread build of a temp copy of collection-min, the folder
// watcher, and the web host's API, as `npm run web` wires them.
describe('live updates of a watched collection folder', () => {
  let watched: WatchedWebHost;
  const piece = () => path.join(watched.source, 'pieces/kawung-cap/piece.yaml');

  beforeAll(async () => {
    watched = await startWatchedWebHost();
  }, 120_000);
  afterAll(() => watched.close());

  const status = () => watched.status();
  const servedVersion = async () => (await watched.manifest()).version;

  it("passes the worker build's progress on for the pages: images checked, then pictures made", () => {
    const steps = [...new Set(watched.progress.map((p) => p.phase))];
    expect(steps.slice(0, 2)).toEqual(['check', 'images']);
    const images = watched.progress.filter((p) => p.phase === 'images');
    // collection-min has six images (later rebuilds may add reports of their own).
    expect(images[0]).toMatchObject({ phase: 'images', total: 6 });
    expect(images).toContainEqual({ phase: 'images', done: 6, total: 6 });
  });

  it("reads each image's header once in the check and remembers it, leaving decoding to the picture sizes", async () => {
    // The memo is written only by the build's own header reading: a worker that swapped in a
    // decoding inspection decoded every photo of the collection again on every rebuild.
    const memo = JSON.parse(
      await readFile(path.join(watched.out, 'cache', 'source-inspections.json'), 'utf8'),
    ) as Record<string, { value: { format: string } }>;
    const images = Object.keys(memo).map((file) => path.relative(watched.source, file));
    expect(images).toHaveLength(6);
    expect(images.every((file) => /^(pieces|motifs)\//.test(file))).toBe(true);
    // Each image checked was reported (the first build's check only; later ones are quiet).
    const checked = watched.progress.filter((p) => p.phase === 'check' && p.done > 0);
    expect(checked.map((p) => p.done).slice(0, 6)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('keeps the last good build served and reports a broken file, then switches in the fix', async () => {
    const first = await status();
    const v1 = first.collection?.lastGood?.version;
    expect(v1).toBeTruthy();
    expect(await servedVersion()).toBe(v1);

    const sse = connectSse(watched.host.port);
    await sse.opened;
    const original = await readFile(piece(), 'utf8');

    // A curator deletes the collection's Indonesian title: an error in a collection-wide file
    // rejects the whole folder (one in a piece's own file would only hold that piece back).
    const config = path.join(watched.source, 'collection.yaml');
    const configText = await readFile(config, 'utf8');
    await writeFile(
      config,
      configText.replace(
        'title: { id: Koleksi Kecil, en: Small Collection }',
        'title: { en: Small Collection }',
      ),
    );
    await vi.waitFor(async () => expect((await status()).collection?.lastFailure).not.toBeNull(), {
      timeout: 60_000,
      interval: 200,
    });
    const failed = await status();
    expect(failed.collection?.lastFailure?.errors).toContainEqual(
      expect.objectContaining({ file: 'collection.yaml', field: expect.stringContaining('title') }),
    );
    expect(failed.collection?.lastGood?.version).toBe(v1);
    expect(await servedVersion()).toBe(v1);
    expect(sse.events).toEqual([]);

    // The fix with a new title: a new version is served and open pages are told.
    const updated = sse.next(COLLECTION_UPDATED_EVENT);
    await writeFile(config, configText);
    await writeFile(piece(), original.replace('Sarung kawung cap', 'Sarung kawung cap baru'));
    const event = await updated;
    const v2 = (JSON.parse(event.data) as { version: string }).version;
    expect(v2).not.toBe(v1);
    expect(await servedVersion()).toBe(v2);
    const fixed = await status();
    expect(fixed.collection?.lastFailure).toBeNull();
    expect(fixed.collection?.lastGood?.version).toBe(v2);
    sse.close();
  }, 120_000);

  it('changes nothing for visitors while the folder is gone, and rebuilds once it is back', async () => {
    const before = await servedVersion();
    const away = `${watched.source}-unplugged`;
    await rename(watched.source, away);
    // "Sync now" (or a late file event) while the drive is out: nothing is built or switched.
    await watched.live.rebuild('admin');
    expect((await status()).collection?.sourceMissing).toBe(true);
    expect(await servedVersion()).toBe(before);

    await rename(away, watched.source);
    await writeFile(piece(), await readFile(piece(), 'utf8'));
    await vi.waitFor(async () => expect((await status()).collection?.sourceMissing).toBe(false), {
      timeout: 30_000,
      interval: 100,
    });
    // Same content, so the same version is served and no page is told to sync.
    expect(await servedVersion()).toBe(before);
  }, 90_000);
});
