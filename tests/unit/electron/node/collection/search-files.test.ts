import { mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ShippedSearchLayout } from '../../../../../electron/shared/collection-records';
import { partKey, searchPartFile } from '../../../../../electron/shared/search/split-text';
import { writeChunksAndManifest } from '../../../../../electron/node/collection/chunks';
import { piece } from '../../../support/memory-collection';

let dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  dirs = [];
});

const settings = {
  museum: { id: 'Museum' },
  title: { id: 'Koleksi' },
  languages: ['id', 'en'],
  defaultLanguage: 'id',
  fallback: ['id', 'en'],
  synonyms: [['kain', 'sarung']],
};
const records = (title = 'Kain') => ({
  pieces: Array.from({ length: 30 }, (_, i) => piece(`p${i}`, `${title} ${i}`)),
  motifs: [],
  terms: [],
  makers: [],
  places: [],
});

async function build(list = records(), previousDir?: string) {
  const dir = await mkdtemp(path.join(tmpdir(), 'search-files-'));
  dirs.push(dir);
  const manifest = await writeChunksAndManifest(dir, list, settings, new Date(0), previousDir);
  const layout = JSON.parse(
    await readFile(path.join(dir, manifest.search!.file), 'utf8'),
  ) as ShippedSearchLayout;
  return { dir, manifest, layout };
}

describe('the search index a build ships', () => {
  it('writes every part as a file named by its text, and again in exactly one pack', async () => {
    const { dir, layout } = await build();
    const packed = layout.packs.flatMap((pack) => pack.parts);
    expect([...packed].sort()).toEqual([...new Set(layout.parts)].sort());
    for (const pack of layout.packs) {
      const texts = await Promise.all(
        pack.parts.map((key) => readFile(path.join(dir, searchPartFile(key)), 'utf8')),
      );
      texts.forEach((text, i) => expect(partKey(text)).toBe(pack.parts[i]));
      expect(await readFile(path.join(dir, pack.file), 'utf8')).toBe(texts.join(''));
    }
  });

  it("takes the live build's index files when the records and settings are the same, and makes new ones when not", async () => {
    const first = await build();
    // Marks the live build's files by their time: a copy keeps it, a build writes them anew.
    const long = new Date('2001-01-01T00:00:00Z');
    const files = [first.manifest.search!.file, ...first.layout.packs.map((pack) => pack.file)];
    for (const file of files) await utimes(path.join(first.dir, file), long, long);
    const same = await build(records(), first.dir);
    expect(same.manifest.search).toEqual(first.manifest.search);
    expect(same.manifest.version).toBe(first.manifest.version);
    for (const file of files) expect((await stat(path.join(same.dir, file))).mtime).toEqual(long);

    const changed = await build(records('Sarung'), first.dir);
    expect(changed.manifest.search!.source).not.toBe(first.manifest.search!.source);
    expect(changed.manifest.version).not.toBe(first.manifest.version);
    for (const packRef of changed.layout.packs)
      expect((await stat(path.join(changed.dir, packRef.file))).mtime).not.toEqual(long);
  });

  it("does not ship a live build's damaged or missing index file again: the build makes the index anew", async () => {
    const first = await build();
    const pack = first.layout.packs[0]!;
    await writeFile(
      path.join(first.dir, pack.file),
      `${await readFile(path.join(first.dir, pack.file), 'utf8')}~`,
    );
    const afterDamage = await build(records(), first.dir);
    expect(afterDamage.manifest.search).toEqual(first.manifest.search);
    expect(afterDamage.manifest.version).toBe(first.manifest.version);
    const texts = await Promise.all(
      pack.parts.map((key) => readFile(path.join(afterDamage.dir, searchPartFile(key)), 'utf8')),
    );
    expect(await readFile(path.join(afterDamage.dir, pack.file), 'utf8')).toBe(texts.join(''));

    // A part file lost from the live build (its pack intact) is written again too.
    const lost = searchPartFile(first.layout.parts[0]!);
    await rm(path.join(afterDamage.dir, lost));
    const afterLoss = await build(records(), afterDamage.dir);
    expect(partKey(await readFile(path.join(afterLoss.dir, lost), 'utf8'))).toBe(first.layout.parts[0]);
  });
});
