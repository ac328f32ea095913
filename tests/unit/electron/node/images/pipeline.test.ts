import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDerivatives, ImageProblem, inspectImage } from '../../../../../electron/node/images/pipeline';
import type { ImageDerivatives } from '../../../../../electron/node/images/types';
import { makeImages } from './make-images';

const FAMILIES = {
  indigo: '#223a66',
  soga: '#8b5a2b',
  mengkudu: '#9c2a24',
  'putih-alam': '#efe5cf',
  hijau: '#3f7a4c',
};
let root: string;
let src: (name: string) => string;
let results: Map<string, ImageDerivatives | Error>;
const out = () => join(root, 'out');

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'images-pipeline-'));
  src = await makeImages(root);
  const names = [
    'rotated.jpg',
    'cmyk.jpg',
    'palette.png',
    'transparent.png',
    'png-saved-as.JPG',
    'progressive.jpg',
  ];
  const jobs = [
    ...names.map((name) => ({ id: name.replace(/\W+/g, '-'), source: src(name) })),
    { id: 'tiny', source: src('tiny.jpg') },
    { id: 'scan', source: src('scan.jpg') },
    { id: 'odd-name', source: src('Kain (copy) #2 — ü & co!.jpg') },
    { id: 'upper', source: src('UPPER.JPEG') },
    { id: 'page', source: src('page.jpg') },
    { id: 'bomb', source: src('bomb.png') },
    { id: 'thirds', source: await thirds(join(root, 'thirds.png')) },
    { id: 'missing', source: src('nowhere.jpg') },
  ];
  results = await buildDerivatives(jobs, {
    outDir: out(),
    cacheDir: join(root, 'cache'),
    colourFamilies: FAMILIES,
  });
});

afterAll(() => rm(root, { recursive: true, force: true }));

/**
 * A 4000 x 1000 image in three upright bands: red, green, blue, the green one half the width. Its
 * middle 4:3 (1333 px from x 1333) lies inside the green; a crop from either side would not.
 */
async function thirds(file: string): Promise<string> {
  const band = (width: number, r: number, g: number, b: number) =>
    sharp({ create: { width, height: 1000, channels: 3, background: { r, g, b } } })
      .png()
      .toBuffer();
  await sharp({ create: { width: 4000, height: 1000, channels: 3, background: '#000' } })
    .composite([
      { input: await band(1000, 220, 0, 0), left: 0, top: 0 },
      { input: await band(2000, 0, 200, 0), left: 1000, top: 0 },
      { input: await band(1000, 0, 0, 220), left: 3000, top: 0 },
    ])
    .png()
    .toFile(file);
  return file;
}

function ok(id: string): ImageDerivatives {
  const result = results.get(id);
  if (!result || result instanceof Error)
    throw new Error(`expected derivatives for ${id}, got ${String(result)}`);
  return result;
}

async function size(relative: string) {
  const meta = await sharp(join(out(), relative)).metadata();
  return { format: meta.format, width: meta.width, height: meta.height, space: meta.space };
}

describe('inspectImage', () => {
  it('reports the size after EXIF orientation', async () => {
    expect(await inspectImage(src('rotated.jpg'))).toEqual({
      format: 'jpeg',
      width: 100,
      height: 300,
      pages: 1,
      extensionMismatch: false,
    });
  });

  it('detects the format from the bytes and flags a PNG saved as .JPG', async () => {
    expect(await inspectImage(src('png-saved-as.JPG'))).toMatchObject({
      format: 'png',
      extensionMismatch: true,
    });
    expect(await inspectImage(src('UPPER.JPEG'))).toMatchObject({ format: 'jpeg', extensionMismatch: false });
  });

  it.each([
    ['page.jpg', 'not-an-image'],
    ['bomb.png', 'oversized-image'],
    ['nowhere.jpg', 'unreadable-media'],
  ])('refuses %s as %s', async (name, kind) => {
    const error = await inspectImage(src(name)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImageProblem);
    expect(error).toMatchObject({ kind, file: src(name) });
  });
});

describe('buildDerivatives', () => {
  it('applies EXIF orientation to every derivative', async () => {
    const d = ok('rotated-jpg');
    expect([d.width, d.height]).toEqual([100, 300]);
    expect(await size(d.display)).toMatchObject({ width: 100, height: 300 });
    expect(await size(d.thumbs['256']!)).toMatchObject({ width: 85, height: 256 });
  });

  it('converts CMYK to sRGB WebP and keeps the colour family', async () => {
    const d = ok('cmyk-jpg');
    expect(await size(d.display)).toMatchObject({ format: 'webp', space: 'srgb' });
    expect(await size(d.thumbs['512']!)).toMatchObject({ format: 'jpeg', space: 'srgb' });
    expect(d.palette[0]!.family).toBe('indigo');
  });

  it('reads palette PNGs, PNGs saved as .JPG, progressive JPEGs and upper-case extensions', async () => {
    expect(ok('palette-png').palette[0]).toMatchObject({ family: 'hijau', share: 1 });
    expect(await size(ok('palette-png').display)).toMatchObject({ format: 'webp', width: 120, height: 80 });
    // Thumbnails are JPEG, which the browse grid decodes faster than WebP (settings.ts).
    expect(await size(ok('palette-png').thumbs['256']!)).toMatchObject({
      format: 'jpeg',
      width: 120,
      height: 80,
    });
    expect(ok('png-saved-as-JPG').palette).toEqual([expect.objectContaining({ family: 'soga', share: 1 })]);
    expect(await size(ok('progressive-jpg').display)).toMatchObject({ width: 640, height: 480 });
    expect(await size(ok('upper').display)).toMatchObject({ width: 200, height: 100 });
  });

  it('flattens transparency onto the mori white', async () => {
    const { data } = await sharp(join(out(), ok('transparent-png').display))
      .raw()
      .toBuffer({ resolveWithObject: true });
    const [r, g, b] = [data[0]!, data[1]!, data[2]!];
    expect(Math.abs(r - 0xf3) + Math.abs(g - 0xea) + Math.abs(b - 0xd8)).toBeLessThan(12);
  });

  it('never upscales a tiny image and gives it no tiles', async () => {
    const d = ok('tiny');
    expect(await size(d.thumbs['512']!)).toMatchObject({ width: 88, height: 60 });
    expect(await size(d.display)).toMatchObject({ width: 88, height: 60 });
    expect(d.tiles).toBeUndefined();
  });

  it('gives a 4000 px scan a display size, thumbnails and a valid DZI pyramid', async () => {
    const d = ok('scan');
    expect(await size(d.display)).toMatchObject({ width: 1600, height: 1040 });
    expect(await size(d.thumbs['256']!)).toMatchObject({ width: 256, height: 166 });
    const dzi = await readFile(join(out(), d.tiles!), 'utf8');
    expect(dzi).toContain('xmlns="http://schemas.microsoft.com/deepzoom/2008"');
    expect(dzi).toMatch(/Format="webp"/);
    expect(dzi).toMatch(/TileSize="512"/);
    expect(dzi).toMatch(/Height="2600"\s+Width="4000"|Width="4000"\s+Height="2600"/);
    const files = join(out(), d.tiles!.replace(/\.dzi$/, '_files'));
    const levels = (await readdir(files)).map(Number).sort((a, b) => a - b);
    expect(levels).toEqual(Array.from({ length: 13 }, (_, i) => i)); // ceil(log2 4000) + 1
    expect((await readdir(join(files, '12'))).sort()).toHaveLength(8 * 6);
    expect(await size(`${d.tiles!.replace(/\.dzi$/, '_files')}/12/7_5.webp`)).toMatchObject({
      width: 4000 - 7 * 512,
      height: 2600 - 5 * 512,
    });
  });

  it("crops card pictures to 4:3 at the card widths, from the centre as a card's cover crop is", async () => {
    const d = ok('scan');
    expect(Object.keys(d.cards)).toEqual(['336', '672']);
    expect(await size(d.cards['336']!)).toMatchObject({
      format: 'jpeg',
      width: 336,
      height: 252,
      space: 'srgb',
    });
    expect(await size(d.cards['672']!)).toMatchObject({ width: 672, height: 504 });
    // A wide cloth in red, green and blue bands (`thirds`): the crop is all green, edge to edge.
    const { data, info } = await sharp(join(out(), ok('thirds').cards['336']!))
      .raw()
      .toBuffer({ resolveWithObject: true });
    for (const x of [0, info.width - 1]) {
      const at = x * info.channels;
      expect([data[at]!, data[at + 1]!, data[at + 2]!].map((v) => Math.round(v / 32))).toEqual([0, 6, 0]);
    }
    // A tall image is cut top and bottom, and a small one drawn as large as a card draws it.
    expect(await size(ok('rotated-jpg').cards['336']!)).toMatchObject({ width: 336, height: 252 });
    for (const path of Object.values(d.cards))
      expect(path).toMatch(/^media\/scan-[0-9a-f]{8}-card-(336|672)\.jpg$/);
  });

  it('names outputs from the job id and a hash, never from the source name', () => {
    const d = ok('odd-name');
    expect(d.display).toMatch(/^media\/odd-name-[0-9a-f]{8}\.webp$/);
    for (const path of Object.values(d.thumbs))
      expect(path).toMatch(/^media\/odd-name-[0-9a-f]{8}-(256|512)\.jpg$/);
    expect(d.sourceHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('stores a decodable ThumbHash placeholder', () => {
    const bytes = Buffer.from(ok('scan').placeholder!, 'base64');
    expect(bytes.length).toBeGreaterThan(4);
    expect(bytes.length).toBeLessThan(40);
  });

  it.each([
    ['page', 'not-an-image'],
    ['bomb', 'oversized-image'],
    ['missing', 'unreadable-media'],
  ])('reports %s as %s without stopping the other images', (id, kind) => {
    expect(results.get(id)).toBeInstanceOf(ImageProblem);
    expect(results.get(id)).toMatchObject({ kind });
    expect(ok('scan').display).toBeTruthy();
  });
});
