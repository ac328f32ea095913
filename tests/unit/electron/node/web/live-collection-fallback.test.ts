import { mkdtemp, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildCollection } from '../../../../../electron/node/collection/build';
import type { CollectionManifest } from '../../../../../electron/shared/collection-records';
import { WebLiveCollection } from '../../../../../electron/node/web/live-collection';
import { makeMinCollection, removeCollection } from '../../../support/fixture-helper';
import { fakeDerive } from '../../../support/fake-derive';

let source: string;
let out: string;

beforeEach(async () => {
  source = await makeMinCollection();
  out = await mkdtemp(path.join(tmpdir(), 'live-fallback-'));
});
afterEach(async () => {
  await removeCollection(source);
  await rm(out, { recursive: true, force: true });
});

/** The host's compiler, in this thread (the worker would load the real image pipeline). */
const compile = (input: { source: string; out: string }) =>
  buildCollection({ ...input, tiles: false, derive: fakeDerive });

describe('the web host with a damaged current.json', () => {
  it('serves the intact build on disk while the curator folder is broken, and says so', async () => {
    const good = await compile({ source, out });
    expect(good.ok).toBe(true);
    await writeFile(path.join(out, 'current.json'), 'garbage');
    // A collection-wide mistake rejects the update (a piece's own mistake would only hold it back).
    const config = path.join(source, 'collection.yaml');
    await writeFile(
      config,
      (await readFile(config, 'utf8')).replace('defaultLanguage: id', 'defaultLanguage: xx'),
    );

    const lines: string[] = [];
    const onUpdated = vi.fn();
    const live = new WebLiveCollection({
      source,
      out,
      build: compile,
      onUpdated,
      print: (l) => lines.push(l),
    });
    expect(live.root()).toBe(good.outDir);
    await live.start(false);
    expect(live.status().lastFailure).not.toBeNull();
    expect(live.root()).toBe(good.outDir);
    expect(lines.at(-1)).toBe(`Serving the last good build from ${good.outDir}.`);
    expect(lines.join('\n')).not.toMatch(/No earlier good build/);
    expect(onUpdated).not.toHaveBeenCalled();
  });

  it('tells open pages when a rebuild replaced a damaged live build with a fresh copy of the same version', async () => {
    const onUpdated = vi.fn();
    const live = new WebLiveCollection({ source, out, build: compile, onUpdated });
    await live.start(false);
    const damaged = live.root()!;
    expect(onUpdated).toHaveBeenCalledTimes(1);
    const manifest = JSON.parse(
      await readFile(path.join(damaged, 'manifest.json'), 'utf8'),
    ) as CollectionManifest;
    const chunk = path.join(damaged, manifest.chunks[0]!.file);
    await truncate(chunk, Math.floor((await stat(chunk)).size / 2));

    await live.rebuild('request');
    expect(live.root()).not.toBe(damaged);
    // A page that failed on the damaged chunk syncs again (an unchanged page finds nothing to do).
    expect(onUpdated).toHaveBeenLastCalledWith({ version: manifest.version, root: live.root() });
    expect(onUpdated).toHaveBeenCalledTimes(2);

    await live.rebuild('request');
    expect(onUpdated).toHaveBeenCalledTimes(2);
  });
});
