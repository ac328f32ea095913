import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
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
    // Marks the live build's copy: only a copy, not a rebuild, carries the mark over.
    const pack = path.join(first.dir, first.layout.packs[0]!.file);
    await writeFile(pack, `${await readFile(pack, 'utf8')}~`);
    const same = await build(records(), first.dir);
    expect(same.manifest.search).toEqual(first.manifest.search);
    expect(same.manifest.version).toBe(first.manifest.version);
    expect((await readFile(path.join(same.dir, first.layout.packs[0]!.file), 'utf8')).endsWith('~')).toBe(
      true,
    );

    const changed = await build(records('Sarung'), first.dir);
    expect(changed.manifest.search!.source).not.toBe(first.manifest.search!.source);
    expect(changed.manifest.version).not.toBe(first.manifest.version);
    for (const packRef of changed.layout.packs)
      expect((await readFile(path.join(changed.dir, packRef.file), 'utf8')).endsWith('~')).toBe(false);
  });
});
