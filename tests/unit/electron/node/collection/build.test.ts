import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCollection, currentBuild } from '../../../../../electron/node/collection/build';
import type { BuildOptions } from '../../../../../electron/node/collection/build';
import { contentHash } from '../../../../../electron/node/collection/hash';
import type { DeriveFn } from '../../../../../electron/node/collection/image-adapter';
import type {
  CollectionManifest,
  PieceRecord,
  TermRecord,
} from '../../../../../electron/shared/collection-records';
import { makeMinCollection, removeCollection } from '../../../support/fixture-helper';
import { fakeDerive } from '../../../support/fake-derive';

let source: string;
let out: string;

beforeEach(async () => {
  source = await makeMinCollection();
  out = await mkdtemp(path.join(tmpdir(), 'collection-out-'));
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

async function recordsOf<T>(dir: string, manifest: CollectionManifest, kind: string): Promise<T[]> {
  const parts = await Promise.all(
    manifest.chunks
      .filter((c) => c.kind === kind)
      .map(async (c) => JSON.parse(await readFile(path.join(dir, c.file), 'utf8')) as T[]),
  );
  return parts.flat();
}

async function editPiece(edit: (t: string) => string): Promise<void> {
  const file = path.join(source, 'pieces/kawung-cap/piece.yaml');
  await writeFile(file, edit(await readFile(file, 'utf8')));
}

describe('buildCollection with the real image pipeline', () => {
  it('writes records of the shared shape, content-named chunks and a manifest, and switches to them', async () => {
    const result = await buildCollection({ source, out, tiles: false });
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.outDir).toBe(currentBuild(out));
    const dir = result.outDir!;
    const manifest = await manifestOf(dir);
    expect(manifest.version).toBe(result.version);
    expect(manifest.counts).toEqual({ pieces: 3, motifs: 2, terms: 23, makers: 2, places: 2 });
    expect(manifest.languages).toEqual(['id', 'en']);
    expect(manifest.fallback).toEqual(['id', 'en']);
    expect(manifest.synonyms).toEqual([
      ['jlamprang', 'jelamprang'],
      ['soga', 'sogan'],
    ]);
    for (const chunk of manifest.chunks) {
      const text = await readFile(path.join(dir, chunk.file), 'utf8');
      expect(chunk.file).toBe(`chunks/${chunk.kind}-${contentHash(text)}.json`);
    }

    const pieces = await recordsOf<PieceRecord>(dir, manifest, 'pieces');
    const tulis = pieces.find((p) => p.id === 'jlamprang-tulis')!;
    expect(tulis).toMatchObject({
      accession: 'UJI.0001',
      objectType: 'kain-panjang',
      group: 'pesisiran',
      motifIds: ['jlamprang'],
      colours: ['indigo', 'putih-alam'],
      production: { era: 'pre-1900', date: { earliest: 1895, latest: 1905 } },
    });
    // Block scalars lose their trailing newline; language maps keep only real texts.
    expect(tulis.description.en).toBe('A long cloth with a blue jlamprang pattern on a white ground.');
    expect(tulis.media.map((m) => m.view)).toEqual(['full', 'detail']);
    for (const m of tulis.media) {
      expect(existsSync(path.join(dir, m.display))).toBe(true);
      expect(m.placeholder).toBeTypeOf('string');
      // A list smallest first (an object keyed "256"/"512" costs the page 3 KB per image in V8).
      expect(m.thumbs.map((t) => t.size)).toEqual([256, 512]);
      for (const t of m.thumbs) expect(existsSync(path.join(dir, t.src))).toBe(true);
    }
    // No colours declared: they come from the palette of the full view (a soga-brown drawing).
    expect(pieces.find((p) => p.id === 'kawung-cap')!.colours).toEqual(['soga']);
    const terms = await recordsOf<TermRecord>(dir, manifest, 'terms');
    expect(terms.find((t) => t.id === 'technique:printed')).toMatchObject({
      vocab: 'technique',
      key: 'printed',
      order: 2,
    });
    expect(terms.find((t) => t.id === 'dye:soga')!.parent).toBe('alami');
  });
});

describe('buildCollection versions and chunk names', () => {
  it('gives identical builds identical chunk names and versions', async () => {
    const first = await build();
    const otherOut = await mkdtemp(path.join(tmpdir(), 'collection-out-'));
    try {
      const second = await buildCollection({ source, out: otherOut, derive: fakeDerive });
      const a = await manifestOf(first.outDir!);
      const b = await manifestOf(second.outDir!);
      expect(b.version).toBe(a.version);
      expect(b.chunks).toEqual(a.chunks);
    } finally {
      await rm(otherOut, { recursive: true, force: true });
    }
  });

  it('changes the version and only the affected chunk when one record changes', async () => {
    const first = await build();
    await editPiece((t) => t.replace('Stamped kawung sarong', 'Stamped kawung sarong from the 1970s'));
    const second = await build();
    expect(second.ok).toBe(true);
    expect(second.version).not.toBe(first.version);
    const a = await manifestOf(first.outDir!);
    const b = await manifestOf(second.outDir!);
    const changed = b.chunks.filter((c) => !a.chunks.some((old) => old.file === c.file));
    expect(changed.map((c) => c.kind)).toEqual(['pieces']);
    const before = await recordsOf<PieceRecord>(first.outDir!, a, 'pieces');
    const after = await recordsOf<PieceRecord>(second.outDir!, b, 'pieces');
    const hashes = (list: PieceRecord[]) => Object.fromEntries(list.map((p) => [p.id, p.hash]));
    expect(hashes(after)['kawung-cap']).not.toBe(hashes(before)['kawung-cap']);
    expect(hashes(after)['jlamprang-tulis']).toBe(hashes(before)['jlamprang-tulis']);
  });

  it('splits a kind into chunks of at most 250 records', async () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `  t${i}:\n    label: { id: T${i}, en: T${i} }`);
    await writeFile(path.join(source, 'terms/extra.yaml'), `terms:\n${lines.join('\n')}\n`);
    const result = await build();
    const manifest = await manifestOf(result.outDir!);
    expect(manifest.chunks.filter((c) => c.kind === 'terms').map((c) => c.count)).toEqual([
      250, 250, 250, 250, 23,
    ]);
    expect(manifest.counts.terms).toBe(1023);
  });

  it('keeps the previous build as last good and deletes older ones', async () => {
    const builds: string[] = [];
    for (const title of ['A', 'B', 'C']) {
      await editPiece((t) =>
        t.replace(/en: Stamped kawung sarong[^}]*}/, `en: Stamped kawung sarong ${title} }`),
      );
      const r = await build();
      builds.push(path.basename(r.outDir!));
    }
    expect((await readdir(path.join(out, 'builds'))).sort()).toEqual([builds[1], builds[2]].sort());
    const pointer = JSON.parse(await readFile(path.join(out, 'current.json'), 'utf8'));
    expect(pointer.previous).toBe(`builds/${builds[1]}`);
  });
});

describe('buildCollection failures leave the live build alone', () => {
  it('touches nothing when the check finds errors in a collection-wide file', async () => {
    await writeFile(path.join(source, 'makers.yaml'), 'makers: [unclosed\n');
    const result = await build();
    expect(result).toMatchObject({ ok: false, outDir: null, version: null, heldBack: [] });
    expect(result.errors[0]).toMatchObject({ file: 'makers.yaml', kind: 'yaml-syntax' });
    expect(existsSync(path.join(out, 'builds'))).toBe(false);
  });

  it('keeps the last good build when the image pipeline dies midway', async () => {
    const good = await build();
    const before = await readFile(path.join(out, 'current.json'), 'utf8');
    await editPiece((t) => t.replace('UJI.0002', 'UJI.0002-b'));
    const dying: DeriveFn = async (jobs, opts) => {
      opts.onProgress?.(1, jobs.length);
      throw new Error('disk full');
    };
    const result = await build({ derive: dying });
    expect(result.ok).toBe(false);
    expect(result.outDir).toBe(good.outDir);
    expect(result.errors[0]!.message).toContain('disk full');
    expect(await readFile(path.join(out, 'current.json'), 'utf8')).toBe(before);
    expect(currentBuild(out)).toBe(good.outDir);
    // No half-written folder is left next to the live one.
    expect(await readdir(path.join(out, 'builds'))).toEqual([path.basename(good.outDir!)]);
  });

  it('names the image when the pipeline fails on one of them, and holds back only its piece', async () => {
    const oneBad: DeriveFn = async (jobs, opts) => {
      const result = await fakeDerive(jobs, opts);
      result.set('pieces-kawung-cap-full', new Error('corrupt JPEG data'));
      return result;
    };
    const result = await build({ derive: oneBad });
    expect(result.ok).toBe(true);
    expect(result.errors).toEqual([
      expect.objectContaining({
        file: 'pieces/kawung-cap/piece.yaml',
        field: 'media[0].file',
        kind: 'image-processing',
      }),
    ]);
    expect(result.heldBack).toEqual([
      { kind: 'pieces', id: 'kawung-cap', previousKept: false, problems: result.errors },
    ]);
    expect(currentBuild(out)).toBe(result.outDir);
    expect((await manifestOf(result.outDir!)).counts.pieces).toBe(2);
  });
});

describe('currentBuild', () => {
  it('is null without a pointer, with a garbled one, or with one that points outside builds/', async () => {
    expect(currentBuild(out)).toBeNull();
    await writeFile(path.join(out, 'current.json'), '{ not json');
    expect(currentBuild(out)).toBeNull();
    await writeFile(path.join(out, 'current.json'), JSON.stringify({ build: '../../etc', version: 'x' }));
    expect(currentBuild(out)).toBeNull();
  });
});

describe('buildCollection and other builds', () => {
  it('clears what an interrupted build left behind', async () => {
    await mkdir(path.join(out, 'builds', '.partial-1-99999', 'chunks'), { recursive: true });
    const result = await build();
    expect(result.ok).toBe(true);
    expect(await readdir(path.join(out, 'builds'))).toEqual([path.basename(result.outDir!)]);
  });

  it('refuses a second build while one is writing, and says why', async () => {
    let started!: () => void;
    let finish!: () => void;
    const deriving = new Promise<void>((resolve) => (started = resolve));
    const gate = new Promise<void>((resolve) => (finish = resolve));
    const slowDerive: DeriveFn = async (jobs, opts) => {
      started();
      await gate;
      return fakeDerive(jobs, opts);
    };
    const first = build({ derive: slowDerive });
    await deriving;
    const second = await build();
    expect(second.ok).toBe(false);
    expect(second.errors[0]).toMatchObject({ kind: 'build-in-progress' });
    finish();
    expect((await first).ok).toBe(true);
    expect(existsSync(path.join(out, 'build.lock'))).toBe(false);
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    await writeFile(path.join(out, 'build.lock'), '999999999');
    expect((await build()).ok).toBe(true);
  });
});
