import { mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDerivatives } from '../../../../../electron/node/images/pipeline';
import { SourceHashes } from '../../../../../electron/node/images/source-hashes';
import { derivativesOf } from './derivatives-of';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'source-hashes-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** Puts a file's mtime two minutes back, as for a photo copied in long ago. */
const age = (file: string) => utimes(file, new Date(Date.now() - 120_000), new Date(Date.now() - 120_000));

describe('SourceHashes', () => {
  it('knows a remembered photo while stat sees it unchanged, and forgets it once edited', async () => {
    const photo = join(root, 'a.jpg');
    await writeFile(photo, 'bytes of a photo');
    await age(photo);
    const hashes = await SourceHashes.open(root);
    expect(await hashes.known(photo)).toBeUndefined();
    await hashes.remember(photo, 'h1', Date.now());
    await hashes.save();

    const again = await SourceHashes.open(root);
    expect(await again.known(photo)).toBe('h1');
    await writeFile(photo, 'bytes of another');
    expect(await again.known(photo)).toBeUndefined();
  });

  it('does not remember a photo changed within the last moments (its next change could keep the mtime)', async () => {
    const photo = join(root, 'fresh.jpg');
    await writeFile(photo, 'just copied');
    const hashes = await SourceHashes.open(root);
    // Read in the very moment it was written: a write a few ms later could keep the same mtime.
    await hashes.remember(photo, 'h', (await stat(photo)).mtimeMs);
    expect(await hashes.known(photo)).toBeUndefined();
  });

  it('starts empty from a damaged memo, and keeps only the photos the last build saw', async () => {
    await writeFile(join(root, 'source-hashes.json'), '{"trunc');
    const photos = [join(root, 'a.jpg'), join(root, 'b.jpg')];
    for (const photo of photos) {
      await writeFile(photo, photo);
      await age(photo);
    }
    const first = await SourceHashes.open(root);
    for (const photo of photos) await first.remember(photo, `h-${photo}`, Date.now());
    await first.save();
    const second = await SourceHashes.open(root);
    expect(await second.known(photos[0]!)).toBe(`h-${photos[0]}`);
    await second.save();
    expect(Object.keys(JSON.parse(await readFile(join(root, 'source-hashes.json'), 'utf8')))).toEqual([
      photos[0],
    ]);
  });
});

describe('an unchanged photo in a rebuild', () => {
  const options = (out: string) => ({
    outDir: join(root, out),
    cacheDir: join(root, 'cache'),
    colourFamilies: { indigo: '#223a66' },
  });

  it('is not read again: the remembered hash finds its renders (an edit that keeps size, mtime and inode goes unseen)', async () => {
    const photo = join(root, 'a.jpg');
    const draw = (colour: string) =>
      sharp({ create: { width: 1200, height: 800, channels: 3, background: colour } })
        .jpeg({ quality: 90 })
        .toBuffer();
    const blue = await draw('#223a66');
    await writeFile(photo, blue);
    await age(photo);
    const first = derivativesOf(await buildDerivatives([{ id: 'a', source: photo }], options('out1')), 'a');

    // Another picture written into the same file, then its size padded and its mtime put back.
    const { mtime } = await stat(photo);
    const brown = await draw('#8a5a2b');
    const padded = Buffer.concat([brown, Buffer.alloc(Math.max(0, blue.length - brown.length))]);
    await writeFile(photo, padded.subarray(0, blue.length));
    await utimes(photo, mtime, mtime);
    const trusted = derivativesOf(await buildDerivatives([{ id: 'a', source: photo }], options('out2')), 'a');
    expect(trusted.sourceHash).toBe(first.sourceHash);

    // A real edit moves the mtime: the photo is read, hashed and rendered again.
    await writeFile(photo, brown);
    const edited = derivativesOf(await buildDerivatives([{ id: 'a', source: photo }], options('out3')), 'a');
    expect(edited.sourceHash).not.toBe(first.sourceHash);
    expect(edited.display).not.toBe(first.display);
  });
});
