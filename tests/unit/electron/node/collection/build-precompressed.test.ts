import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCollection, currentBuild } from '../../../../../electron/node/collection/build';
import type { BuildOptions } from '../../../../../electron/node/collection/build';
import { RECORD_FILE } from '../../../../../electron/node/collection/build-record';
import { servableVersion } from '../../../../../electron/node/collection/servable-build';
import { contentHash } from '../../../../../electron/node/collection/hash';
import type { CollectionManifest } from '../../../../../electron/shared/collection-records';
import { makeMinCollection, removeCollection } from '../../../support/fixture-helper';
import { fakeDerive } from '../../../support/fake-derive';

let source: string;
let out: string;
beforeEach(async () => {
  source = await makeMinCollection();
  out = await mkdtemp(path.join(tmpdir(), 'collection-precompressed-'));
});
afterEach(async () => {
  await removeCollection(source);
  await rm(out, { recursive: true, force: true });
});

const build = (extra: Partial<BuildOptions> = {}) =>
  buildCollection({ source, out, tiles: false, derive: fakeDerive, ...extra });

async function textFiles(dir: string): Promise<string[]> {
  const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as CollectionManifest;
  return ['manifest.json', ...manifest.chunks.map((chunk) => chunk.file)];
}

describe('the build writes .br and .gz siblings of the manifest and chunks', () => {
  it('writes siblings that decode to the very bytes the chunk hash names', async () => {
    const built = await build();
    expect(built.ok).toBe(true);
    const dir = built.outDir!;
    let siblings = 0;
    for (const file of await textFiles(dir)) {
      const plain = await readFile(path.join(dir, file));
      for (const [suffix, decode] of [
        ['.br', brotliDecompressSync],
        ['.gz', gunzipSync],
      ] as const) {
        if (!existsSync(path.join(dir, `${file}${suffix}`))) continue;
        siblings += 1;
        const decoded = decode(await readFile(path.join(dir, `${file}${suffix}`)));
        expect(decoded.equals(plain)).toBe(true);
        // What the kiosk's sync hashes is the decoded body: it must match the name.
        if (file.startsWith('chunks/')) expect(file).toContain(contentHash(decoded.toString('utf8')));
      }
    }
    // The manifest and the pieces chunk of even the smallest collection are big enough to gain.
    expect(siblings).toBeGreaterThanOrEqual(4);
  });

  it('records every sibling in integrity.json', async () => {
    const dir = (await build()).outDir!;
    const record = JSON.parse(await readFile(path.join(dir, RECORD_FILE), 'utf8')) as {
      files: Record<string, unknown>;
    };
    const onDisk = [
      ...(await readdir(dir)).filter((name) => /\.(br|gz)$/.test(name)),
      ...(await readdir(path.join(dir, 'chunks')))
        .filter((name) => /\.(br|gz)$/.test(name))
        .map((n) => `chunks/${n}`),
    ];
    expect(onDisk.length).toBeGreaterThan(0);
    for (const sibling of onDisk) expect(record.files).toHaveProperty([sibling]);
  });

  it('refuses to serve a folder whose sibling was damaged, added or removed', async () => {
    const dir = (await build()).outDir!;
    const version = servableVersion(dir);
    expect(version).not.toBeNull();
    const sibling = path.join(dir, 'manifest.json.br');
    const bytes = await readFile(sibling);

    await writeFile(sibling, Buffer.concat([bytes.subarray(0, 10), Buffer.from('garbage')]));
    expect(servableVersion(dir)).toBeNull();
    await rm(sibling);
    expect(servableVersion(dir)).toBeNull();
    await writeFile(sibling, bytes);
    expect(servableVersion(dir)).toBe(version);

    const [chunk] = (await textFiles(dir)).slice(1);
    await writeFile(path.join(dir, `${chunk}.zz.gz`), 'unrelated');
    expect(servableVersion(dir)).toBe(version);
  });

  it('replaces a live folder of the same version that has no siblings (built before they existed)', async () => {
    const first = (await build()).outDir!;
    // What an older build left: no siblings, and an integrity record that lists none.
    const recordFile = path.join(first, RECORD_FILE);
    const record = JSON.parse(await readFile(recordFile, 'utf8')) as { files: Record<string, unknown> };
    for (const file of await textFiles(first)) {
      for (const suffix of ['.br', '.gz']) {
        await rm(path.join(first, `${file}${suffix}`), { force: true });
        delete record.files[`${file}${suffix}`];
      }
    }
    await writeFile(recordFile, JSON.stringify(record));
    expect(servableVersion(first)).not.toBeNull();
    const second = await build();
    expect(second.outDir).not.toBe(first);
    expect(existsSync(path.join(second.outDir!, 'manifest.json.br'))).toBe(true);
    expect(currentBuild(out)).toBe(second.outDir);
    // And an unchanged rebuild now keeps it.
    expect((await build()).outDir).toBe(second.outDir);
  });
});
