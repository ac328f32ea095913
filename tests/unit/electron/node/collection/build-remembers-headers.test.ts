import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCollection } from '../../../../../electron/node/collection/build';
import { makeMinCollection, removeCollection } from '../../../support/fixture-helper';
import { fakeDerive } from '../../../support/fake-derive';

let source: string;
let out: string;

beforeEach(async () => {
  source = await makeMinCollection();
  out = await mkdtemp(path.join(tmpdir(), 'collection-headers-'));
});
afterEach(async () => {
  await removeCollection(source);
  await rm(out, { recursive: true, force: true });
});

/** Every image file of the collection folder, with its mtime put two minutes back. */
async function agedImages(): Promise<string[]> {
  const images: string[] = [];
  const past = new Date(Date.now() - 120_000);
  for (const entry of await readdir(source, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(png|jpe?g|webp|svg)$/i.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    await utimes(file, past, past);
    images.push(file);
  }
  return images;
}

describe("a build's check remembers the photos' headers", () => {
  it('keeps each inspected photo in the cache memo, and an unchanged photo is answered from it', async () => {
    const images = await agedImages();
    expect(images.length).toBeGreaterThan(2);
    const first = await buildCollection({ source, out, tiles: false, derive: fakeDerive });
    expect(first.ok).toBe(true);
    const memoFile = path.join(out, 'cache', 'source-inspections.json');
    const memo = JSON.parse(await readFile(memoFile, 'utf8')) as Record<string, { value: { pages: number } }>;
    const remembered = Object.keys(memo).map((file) => path.basename(file));
    for (const image of images) expect(remembered).toContain(path.basename(image));

    // A remembered header is what the next build's check uses: here, pages no photo has.
    for (const known of Object.values(memo)) known.value.pages = 3;
    await writeFile(memoFile, JSON.stringify(memo));
    const second = await buildCollection({ source, out, tiles: false, derive: fakeDerive });
    expect(first.warnings.filter((w) => w.kind === 'multi-page-image')).toEqual([]);
    expect(second.warnings.filter((w) => w.kind === 'multi-page-image').length).toBe(images.length);
  });
});
