import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildDerivatives, ImageProblem, inspectImage } from '../../../../../electron/node/images/pipeline';
import { decodeHeif } from '../../../../../electron/node/images/decode-heif';
import { openSource } from '../../../../../electron/node/images/source';
import type { ImageDerivatives } from '../../../../../electron/node/images/types';
import { bmpPixel, makeBmp } from '../../../support/make-bmp';
import { ACCEPTED, makeFormatFiles, REFUSED } from '../../../support/make-formats';
import { makeTinyTiff } from '../../../support/make-tiff';

let root: string;
let paths: Map<string, string>;
let built: Map<string, ImageDerivatives | Error>;
const CASES = [...ACCEPTED, ...REFUSED];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'image-formats-'));
  paths = await makeFormatFiles(root, CASES);
  built = await buildDerivatives(
    CASES.map((c) => ({ id: c.name.replace(/\W+/g, '-'), source: paths.get(c.name)! })),
    {
      outDir: join(root, 'out'),
      cacheDir: join(root, 'cache'),
      colourFamilies: { indigo: '#2b5f9e' },
      tiles: false,
    },
  );
}, 120_000);

afterAll(() => rm(root, { recursive: true, force: true }));

const inspect = (name: string) => inspectImage(paths.get(name)!);
const result = (name: string) => built.get(name.replace(/\W+/g, '-'));

/** Colour of the display derivative's middle pixel. */
async function middle(d: ImageDerivatives): Promise<number[]> {
  const { data, info } = await sharp(join(root, 'out', d.display))
    .raw()
    .toBuffer({ resolveWithObject: true });
  const at = (Math.floor(info.height / 2) * info.width + Math.floor(info.width / 2)) * info.channels;
  return [data[at]!, data[at + 1]!, data[at + 2]!];
}

describe.each(ACCEPTED)('the $name file', ({ name, expect: want }) => {
  const [width, height] = 'size' in want && want.size ? want.size : [120, 80];

  it('passes the check with its real format, size and pages', async () => {
    const format = 'format' in want ? want.format : '';
    const pages = 'pages' in want ? want.pages : 1;
    expect(await inspect(name)).toMatchObject({ format, pages, width, height });
  });

  it('builds into derivatives of the right size and colour', async () => {
    const d = result(name);
    if (!d || d instanceof Error) throw new Error(`${name}: ${String(d)}`);
    expect([d.width, d.height]).toEqual([width, height]);
    if (/grey|bmp/.test(name)) return; // other pictures; their colours are checked below
    // Without a colour profile CMYK converts only roughly: its dye family must still be right.
    if (name.includes('cmyk')) return expect(d.palette[0]!.family).toBe('indigo');
    const [r, g, b] = await middle(d);
    // #2b5f9e, or the same over the mori white for the half-transparent PNG.
    const expected = name.includes('alpha') ? [0x8f, 0xa4, 0xbb] : [0x2b, 0x5f, 0x9e];
    expect(Math.abs(r - expected[0]!) + Math.abs(g - expected[1]!) + Math.abs(b - expected[2]!)).toBeLessThan(
      24,
    );
  });
});

describe.each(REFUSED)('the $name file', ({ name, expect: want }) => {
  it(`is refused by the check as ${'kind' in want ? want.kind : ''}`, async () => {
    const error = await inspect(name).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImageProblem);
    expect(error).toMatchObject({ kind: 'kind' in want ? want.kind : '' });
    if ('format' in want && want.format) expect((error as ImageProblem).detail.format).toMatch(want.format);
    // A file cut short is told apart from one damaged inside: the curator should copy it again.
    if (name.includes(' cut at ')) expect((error as ImageProblem).detail.truncated).toBe(true);
  });

  it('fails the build the same way', () => {
    expect(result(name)).toBeInstanceOf(ImageProblem);
    expect(result(name)).toMatchObject({ kind: 'kind' in want ? want.kind : '' });
  });
});

describe('BMP decoding', () => {
  it.each([
    ['24-bit, bottom-up', { bits: 24 }],
    ['24-bit, top-down, odd width', { bits: 24, topDown: true }],
    ['24-bit, V5 header, a gap before the pixels', { bits: 24, header: 124, gap: 6 }],
    ['16-bit 565', { bits: 16 }],
    ['32-bit with alpha, V4 header', { bits: 32, alpha: true, header: 108 }],
    ['32-bit without alpha', { bits: 32 }],
  ] as const)('reads %s pixel for pixel', async (_label, variant) => {
    const width = 'topDown' in variant ? 7 : 6;
    const source = await openSource(makeBmp(width, 4, variant), 'test.bmp');
    expect(source).toMatchObject({ format: 'bmp', width, height: 4 });
    const { data, info } = await source.open().raw().toBuffer({ resolveWithObject: true });
    expect(info.channels).toBe('alpha' in variant ? 4 : 3);
    const tolerance = variant.bits === 16 ? 8 : 0;
    for (const [x, y] of [
      [1, 0],
      [2, 3],
      [width - 1, 1],
    ] as const) {
      const at = (y * width + x) * info.channels;
      const want = bmpPixel(x, y);
      for (let c = 0; c < 3; c++) expect(Math.abs(data[at + c]! - want[c]!)).toBeLessThanOrEqual(tolerance);
    }
    if ('alpha' in variant) expect([data[3], data[info.channels + 3]]).toEqual([0, 255]);
  });

  it('refuses a BMP whose header claims more than 100 megapixels before decoding it', async () => {
    const bomb = makeBmp(2, 2, { bits: 24 });
    bomb.writeInt32LE(20000, 18);
    bomb.writeInt32LE(20000, 22);
    await expect(openSource(bomb, 'bomb.bmp')).rejects.toMatchObject({ kind: 'oversized-image' });
  });
});

describe('camera RAW files', () => {
  it('are TIFFs sharp would open (showing the embedded preview), so they are refused by content', async () => {
    const dng = makeTinyTiff({ dng: true });
    expect((await sharp(dng).metadata()).format).toBe('tiff');
    expect(await sharp(makeTinyTiff()).metadata()).toMatchObject({ format: 'tiff', width: 2, height: 2 });
  });

  it('lets an ordinary TIFF from a camera maker through', async () => {
    const tiff = makeTinyTiff({ make: 'NIKON CORPORATION' });
    expect(await openSource(tiff, 'camera.tif')).toMatchObject({ format: 'tiff', width: 2, height: 2 });
  });
});

describe('what the check reads', () => {
  it('needs the full decode: the header of a JPEG cut at 40% still reads as fine', async () => {
    const path = paths.get('jpeg cut at 40%')!;
    expect(await inspectImage(path, { decode: false })).toMatchObject({ format: 'jpeg' });
    await expect(inspectImage(path)).rejects.toMatchObject({
      kind: 'unreadable-media',
      detail: { truncated: true },
    });
  });

  it('flags a file whose name does not match its bytes', async () => {
    expect(await inspect('bmp as .jpg')).toMatchObject({ format: 'bmp', extensionMismatch: true });
    expect(await inspect('heic (HEVC)')).toMatchObject({ format: 'heic', extensionMismatch: false });
  });
});

describe('the HEIC decoder', () => {
  it('keeps libheif-js from printing to stdout (it would corrupt `check --json`), and lets other lines through', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const problem = decodeHeif(Buffer.from('\0\0\0\x18ftypheic\0\0\0\0mif1heic junk', 'latin1'), 'x.heic');
      console.log('a line of our own');
      await expect(problem).rejects.toMatchObject({ kind: 'unreadable-media' });
      expect(log.mock.calls).toEqual([['a line of our own']]);
      expect(console.log).toBe(log);
    } finally {
      log.mockRestore();
    }
  });
});
