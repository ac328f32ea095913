import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCollection } from '../../../../../electron/node/collection/build';
import type { BuildOptions } from '../../../../../electron/node/collection/build';
import { RECORD_FILE, verifyBuildFolder } from '../../../../../electron/node/collection/build-record';
import { makeMinCollection, removeCollection, writeImage } from '../../../support/fixture-helper';

// The real pipeline with deep-zoom tiles: what is measured here is which files a rebuild touches.
let source: string;
let out: string;

beforeEach(async () => {
  source = await makeMinCollection();
  await writeImage(path.join(source, 'pieces/jlamprang-tulis/full.png'), '#2b3a67', 1800, 1000);
  await writeImage(path.join(source, 'pieces/kawung-cap/full.png'), '#8a5a2b', 1800, 1000);
  out = await mkdtemp(path.join(tmpdir(), 'collection-links-'));
});
afterEach(async () => {
  await removeCollection(source);
  await rm(out, { recursive: true, force: true });
});

const build = (extra: Partial<BuildOptions> = {}) => buildCollection({ source, out, tiles: true, ...extra });

/** Every file below `dir`, relative to it. */
async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

/** What the unfinished build folders hold while a build is between its images and its switch. */
async function partialFoldersDuringRecords(): Promise<{
  result: Awaited<ReturnType<typeof build>>;
  seen: string[][];
}> {
  const seen: Promise<string[]>[] = [];
  const result = await build({
    onProgress: (p) => {
      if (p.phase !== 'records') return;
      seen.push(
        readdir(path.join(out, 'builds')).then(async (names) =>
          (
            await Promise.all(
              names
                .filter((n) => n.startsWith('.partial-'))
                .map((n) => filesBelow(path.join(out, 'builds', n)).catch(() => [])),
            )
          ).flat(),
        ),
      );
    },
  });
  return { result, seen: await Promise.all(seen) };
}

/** Sets every file below `dir` two minutes into the past, so the cache may trust their stamps. */
async function ageFiles(dir: string): Promise<void> {
  const past = new Date(Date.now() - 120_000);
  for (const file of await filesBelow(dir)) await utimes(path.join(dir, file), past, past);
}

describe('a build links its images only once it knows it will switch', () => {
  it('keeps the live folder on a rebuild that changes nothing, without linking a single image', async () => {
    const first = await build();
    expect(first.ok).toBe(true);
    const liveFiles = (await filesBelow(first.outDir!)).sort();
    expect(liveFiles.filter((f) => f.includes('_files')).length).toBeGreaterThan(10);

    const { result, seen } = await partialFoldersDuringRecords();
    expect(result.ok).toBe(true);
    expect(result.outDir).toBe(first.outDir);
    expect(seen).toHaveLength(1);
    // The fresh folder had its manifest work under way but no image linked into it.
    expect(seen[0]!.filter((f) => f.startsWith('media'))).toEqual([]);
    expect((await filesBelow(first.outDir!)).sort()).toEqual(liveFiles);
    expect(await verifyBuildFolder(first.outDir!)).toBeUndefined();
  });

  it('links every image of the new folder when one photo changed', async () => {
    const first = await build();
    await writeImage(path.join(source, 'pieces/kawung-cap/full.png'), '#5a2b8a', 1800, 1000);
    const second = await build();
    expect(second.ok).toBe(true);
    expect(second.outDir).not.toBe(first.outDir);
    const oldTiles = (await filesBelow(first.outDir!)).filter((f) => f.includes('jlamprang-tulis-full'));
    const newTiles = (await filesBelow(second.outDir!)).filter((f) => f.includes('jlamprang-tulis-full'));
    // The unchanged photo's files are the same files on disk in both folders (hard links).
    expect(newTiles.sort()).toEqual(oldTiles.sort());
    for (const file of newTiles) {
      const [a, b] = await Promise.all([
        stat(path.join(first.outDir!, file)),
        stat(path.join(second.outDir!, file)),
      ]);
      expect(b.ino).toBe(a.ino);
    }
    expect(await verifyBuildFolder(second.outDir!)).toBeUndefined();
  });

  it('records linked files with the digests the cache checked, unread; damage behind stat is found by the full check', async () => {
    const first = await build();
    // Age the renders and build again, so the cache checks every file once and stamps it.
    await ageFiles(path.join(out, 'cache'));
    expect((await build()).outDir).toBe(first.outDir);

    // A tile's bytes changed behind stat's back: same size, mtime and inode (bit rot, say).
    // A tile of the photo that stays the same, so the next build links it again.
    const tile = (await filesBelow(first.outDir!)).find(
      (f) => f.includes('jlamprang-tulis-full') && f.includes('_files') && f.endsWith('.webp'),
    )!;
    const live = path.join(first.outDir!, tile);
    const before = await stat(live);
    const bytes = await readFile(live);
    bytes[bytes.length - 1] ^= 0xff;
    await writeFile(live, bytes);
    await utimes(live, before.atime, before.mtime);

    // Another photo changes, so the build switches to a new folder that links that same tile.
    await writeImage(path.join(source, 'pieces/kawung-cap/full.png'), '#5a2b8a', 1800, 1000);
    const second = await build();
    expect(second.outDir).not.toBe(first.outDir);
    const record = JSON.parse(await readFile(path.join(second.outDir!, RECORD_FILE), 'utf8')) as {
      files: Record<string, { sha256: string }>;
    };
    const linkedName = tile.split(path.sep).join('/');
    const cacheEntries = await readCacheEntryDigests();
    // The record holds what the cache said the tile is, not a fresh read of the changed bytes...
    expect(cacheEntries.has(record.files[linkedName]!.sha256)).toBe(true);
    // ...so the live folder's full check, which reads every byte, names the damaged tile.
    expect(await verifyBuildFolder(second.outDir!)).toBe(`${linkedName} differs from what the build wrote`);
  });
});

/** Every SHA-256 the derivative cache's entries list. */
async function readCacheEntryDigests(): Promise<Set<string>> {
  const digests = new Set<string>();
  const cache = path.join(out, 'cache');
  for (const file of await filesBelow(cache)) {
    if (path.basename(file) !== 'entry.json') continue;
    const entry = JSON.parse(await readFile(path.join(cache, file), 'utf8')) as {
      files?: Record<string, { sha256: string }>;
    };
    for (const digest of Object.values(entry.files ?? {})) digests.add(digest.sha256);
  }
  return digests;
}
