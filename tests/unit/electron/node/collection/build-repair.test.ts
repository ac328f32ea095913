import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCollection, currentBuild } from '../../../../../electron/node/collection/build';
import type { BuildOptions } from '../../../../../electron/node/collection/build';
import { contentHash } from '../../../../../electron/node/collection/hash';
import type { CollectionManifest, PieceRecord } from '../../../../../electron/shared/collection-records';
import { makeMinCollection, removeCollection } from '../../../support/fixture-helper';
import { fakeDerive } from '../../../support/fake-derive';

let source: string;
let out: string;

beforeEach(async () => {
  source = await makeMinCollection();
  out = await mkdtemp(path.join(tmpdir(), 'collection-repair-'));
});
afterEach(async () => {
  await removeCollection(source);
  await rm(out, { recursive: true, force: true });
});

const build = (extra: Partial<BuildOptions> = {}) =>
  buildCollection({ source, out, tiles: false, derive: fakeDerive, ...extra });

async function manifestOf(dir: string): Promise<CollectionManifest> {
  return JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as CollectionManifest;
}

/** True when every chunk of `dir` holds exactly the bytes its manifest names. */
async function chunksIntact(dir: string): Promise<boolean> {
  const manifest = await manifestOf(dir);
  for (const chunk of manifest.chunks) {
    const text = await readFile(path.join(dir, chunk.file), 'utf8').catch(() => '');
    if (contentHash(text) !== chunk.hash) return false;
  }
  return true;
}

async function editPiece(edit: (t: string) => string): Promise<void> {
  const file = path.join(source, 'pieces/kawung-cap/piece.yaml');
  await writeFile(file, edit(await readFile(file, 'utf8')));
}

/** A collection-wide mistake: the whole update is rejected (a piece's own mistake only holds it back). */
async function breakCuratorFolder(): Promise<void> {
  const file = path.join(source, 'collection.yaml');
  await writeFile(file, (await readFile(file, 'utf8')).replace('defaultLanguage: id', 'defaultLanguage: xx'));
}

describe('a rebuild of unchanged content repairs a damaged live build', () => {
  it('switches to a freshly written folder when a live chunk was truncated', async () => {
    const first = await build();
    const manifest = await manifestOf(first.outDir!);
    const pieces = manifest.chunks.find((c) => c.kind === 'pieces')!;
    const damaged = path.join(first.outDir!, pieces.file);
    await truncate(damaged, Math.floor((await stat(damaged)).size / 2));

    const second = await build();
    expect(second.ok).toBe(true);
    expect(second.version).toBe(first.version);
    expect(second.outDir).not.toBe(first.outDir);
    expect(currentBuild(out)).toBe(second.outDir);
    expect(await chunksIntact(second.outDir!)).toBe(true);
  });

  it('switches when a live chunk is missing or the manifest was edited', async () => {
    const first = await build();
    const manifest = await manifestOf(first.outDir!);
    await rm(path.join(first.outDir!, manifest.chunks[0]!.file));
    const second = await build();
    expect(second.outDir).not.toBe(first.outDir);
    expect(await chunksIntact(second.outDir!)).toBe(true);

    // Same size, one byte different: only a content hash notices.
    const file = path.join(second.outDir!, 'manifest.json');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('"schema"', '"schemb"'));
    const third = await build();
    expect(third.outDir).not.toBe(second.outDir);
    expect((await manifestOf(third.outDir!)).schema).toBe(manifest.schema);
  });

  it('keeps the live folder when nothing in it changed', async () => {
    const first = await build();
    const second = await build();
    expect(second.outDir).toBe(first.outDir);
  });

  it('re-renders a damaged image instead of linking the damaged cache entry again', async () => {
    const first = await buildCollection({ source, out, tiles: false });
    expect(first.ok).toBe(true);
    const pieces = JSON.parse(
      await readFile(
        path.join(
          first.outDir!,
          (await manifestOf(first.outDir!)).chunks.find((c) => c.kind === 'pieces')!.file,
        ),
        'utf8',
      ),
    ) as PieceRecord[];
    const display = pieces[0]!.media[0]!.display;
    const damaged = path.join(first.outDir!, display);
    const size = (await stat(damaged)).size;
    // Overwritten in place, same length: the hard-linked cache entry is damaged with it.
    await writeFile(damaged, Buffer.alloc(size, 0));

    const second = await buildCollection({ source, out, tiles: false });
    expect(second.ok).toBe(true);
    expect(second.outDir).not.toBe(first.outDir);
    const repaired = path.join(second.outDir!, display);
    expect((await sharp(repaired).metadata()).format).toBe('webp');
  });
});

describe('the live build when current.json is damaged', () => {
  it('stays the newest intact build while the curator folder is broken too, and the pointer is repaired', async () => {
    const good = await build();
    await writeFile(path.join(out, 'current.json'), '{ "build": "builds/');
    await breakCuratorFolder();

    const result = await build();
    expect(result.ok).toBe(false);
    expect(result.outDir).toBe(good.outDir);
    expect(result.version).toBe(good.version);
    expect(currentBuild(out)).toBe(good.outDir);
    const pointer = JSON.parse(await readFile(path.join(out, 'current.json'), 'utf8'));
    expect(pointer).toMatchObject({ build: `builds/${path.basename(good.outDir!)}`, version: good.version });
  });

  it('falls back when current.json is missing or names a missing folder', async () => {
    const good = await build();
    await rm(path.join(out, 'current.json'));
    expect(currentBuild(out)).toBe(good.outDir);
    await writeFile(
      path.join(out, 'current.json'),
      JSON.stringify({ build: 'builds/0000000000000000-1', version: '0000000000000000' }),
    );
    expect(currentBuild(out)).toBe(good.outDir);
  });

  it('falls back to the older build when the live one is damaged, and never to a partial folder', async () => {
    const older = await build();
    await editPiece((t) => t.replace('UJI.0002', 'UJI.0002-b'));
    const newer = await build();
    expect(newer.outDir).not.toBe(older.outDir);
    // A newer folder an interrupted build left: complete-looking, but never served.
    const { cp } = await import('node:fs/promises');
    await cp(newer.outDir!, path.join(out, 'builds', `.partial-${Date.now() + 1000}-1`), { recursive: true });

    const manifest = await manifestOf(newer.outDir!);
    await truncate(path.join(newer.outDir!, manifest.chunks[0]!.file), 10);
    expect(currentBuild(out)).toBe(older.outDir);
  });

  it('serves nothing when no build folder is intact, even right after it was found intact', async () => {
    const good = await build();
    expect(currentBuild(out)).toBe(good.outDir);
    const manifest = await manifestOf(good.outDir!);
    await truncate(path.join(good.outDir!, manifest.chunks[0]!.file), 10);
    expect(currentBuild(out)).toBeNull();
    expect(existsSync(good.outDir!)).toBe(true);
    expect((await readdir(path.join(out, 'builds'))).length).toBe(1);
  });
});
