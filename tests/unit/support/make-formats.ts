import { execFileSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { makeBmp } from './make-bmp';
import { makeTinyTiff } from './make-tiff';

/**
 * One file per format and per kind of damage a curator's folder may hold, made at test time (with
 * sharp, Debian's `vips` for what sharp cannot write, or byte by byte). Shared by the image tests
 * and the collection's check-versus-build test.
 */
export interface FormatCase {
  name: string;
  /** File name, with the extension a curator would have given it. */
  file: string;
  make: (path: string) => Promise<void>;
  /** Accepted: the format found, page count and size (default 1, 120 x 80); refused: the problem kind. */
  expect: { format: string; pages?: number; size?: [number, number] } | { kind: string; format?: RegExp };
}

const W = 120;
const H = 80;
const COLOUR = '#2b5f9e';
const solid = (background = COLOUR, width = W, height = H) =>
  sharp({ create: { width, height, channels: 3, background } });
const save = (image: Sharp) => (path: string) => image.toFile(path).then(() => undefined);
const bytes = (data: Buffer | string) => (path: string) => writeFile(path, data);

/** Runs Debian's libvips CLI (package libvips-tools), for the formats sharp cannot write. */
function vips(...args: string[]): void {
  // Loading sharp sets VIPSHOME to its own prebuilt libvips; Debian's vips would then look for its
  // format modules (HEIF, ImageMagick) there and not find them.
  const { VIPSHOME: _sharps, ...env } = process.env;
  try {
    execFileSync('vips', args, { stdio: 'pipe', env });
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? '');
    throw new Error(`vips ${args.join(' ')} failed (is Debian's libvips-tools installed?): ${stderr}`);
  }
}

/** Writes a solid PNG, then has vips save it as `path` (its extension picks the format). */
const viaVips =
  (...options: string[]) =>
  async (path: string) => {
    const png = `${path}.src.png`;
    await solid().png().toFile(png);
    vips('copy', png, `${path}${options.length ? `[${options.join(',')}]` : ''}`);
    await rm(png);
  };

const animated = (format: 'gif' | 'webp' | 'tiff') => async (path: string) => {
  const frames = await Promise.all([COLOUR, '#9a2d26'].map((c) => solid(c).png().toBuffer()));
  const joined = sharp(frames, { join: { animated: true } });
  await joined[format]().toFile(path);
};

/** Formats the kiosk accepts, each as a camera, scanner, phone or archive writes it. */
export const ACCEPTED: FormatCase[] = [
  { name: 'jpeg', file: 'a.jpg', make: save(solid().jpeg()), expect: { format: 'jpeg' } },
  {
    name: 'jpeg EXIF-rotated',
    file: 'a.jpg',
    make: save(solid().jpeg().withMetadata({ orientation: 6 })),
    expect: { format: 'jpeg', size: [80, 120] },
  },
  {
    name: 'jpeg progressive',
    file: 'a.JPG',
    make: save(solid().jpeg({ progressive: true })),
    expect: { format: 'jpeg' },
  },
  {
    name: 'jpeg 88 px',
    file: 'a.jpg',
    make: save(solid(COLOUR, 88, 60).jpeg()),
    expect: { format: 'jpeg', size: [88, 60] },
  },
  {
    name: 'jpeg 4000 px scan',
    file: 'a.jpg',
    make: save(solid(COLOUR, 4000, 2600).jpeg({ quality: 70 })),
    expect: { format: 'jpeg', size: [4000, 2600] },
  },
  { name: 'png as .jpg', file: 'a.jpg', make: save(solid().png()), expect: { format: 'png' } },
  {
    name: 'jpeg cmyk',
    file: 'a.jpg',
    make: save(solid().toColourspace('cmyk').jpeg()),
    expect: { format: 'jpeg' },
  },
  { name: 'jpeg grey', file: 'a.jpeg', make: save(solid().greyscale().jpeg()), expect: { format: 'jpeg' } },
  {
    name: 'png palette alpha',
    file: 'a.png',
    make: save(
      sharp({
        create: { width: W, height: H, channels: 4, background: { r: 43, g: 95, b: 158, alpha: 0.5 } },
      }).png({ palette: true }),
    ),
    expect: { format: 'png' },
  },
  {
    name: 'png 16-bit',
    file: 'a.png',
    make: save(solid().toColourspace('rgb16').png()),
    expect: { format: 'png' },
  },
  { name: 'webp', file: 'a.webp', make: save(solid().webp()), expect: { format: 'webp' } },
  { name: 'avif', file: 'a.avif', make: save(solid().avif()), expect: { format: 'avif' } },
  { name: 'gif animated', file: 'a.gif', make: animated('gif'), expect: { format: 'gif', pages: 2 } },
  {
    name: 'tiff',
    file: 'a.tif',
    make: save(solid().tiff({ compression: 'lzw' })),
    expect: { format: 'tiff' },
  },
  { name: 'tiff 16-bit', file: 'a.tiff', make: viaVips(), expect: { format: 'tiff' } },
  { name: 'tiff multi-page', file: 'a.tif', make: animated('tiff'), expect: { format: 'tiff', pages: 2 } },
  { name: 'heic (HEVC)', file: 'a.heic', make: viaVips('compression=hevc'), expect: { format: 'heic' } },
  { name: 'bmp by ImageMagick', file: 'a.bmp', make: viaVips(), expect: { format: 'bmp' } },
  { name: 'bmp 24-bit', file: 'a.bmp', make: bytes(makeBmp(W, H, { bits: 24 })), expect: { format: 'bmp' } },
  {
    name: 'bmp 8-bit grey',
    file: 'a.bmp',
    make: bytes(makeBmp(W, H, { bits: 8 })),
    expect: { format: 'bmp' },
  },
  { name: 'bmp as .jpg', file: 'a.jpg', make: bytes(makeBmp(W, H, { bits: 24 })), expect: { format: 'bmp' } },
];

const cut =
  (make: FormatCase['make'], share = 0.4) =>
  async (path: string) => {
    await make(path);
    const whole = await readFile(path);
    await writeFile(path, whole.subarray(0, Math.floor(whole.length * share)));
  };

/** A picture with detail, so that its compressed data is long enough to cut. */
const noisy = () =>
  sharp(Buffer.from(Array.from({ length: 400 * 300 * 3 }, (_, i) => (i * 7919) % 251)), {
    raw: { width: 400, height: 300, channels: 3 },
  });

/** Files the kiosk refuses, with the kind the check (and the build) must report. */
export const REFUSED: FormatCase[] = [
  {
    name: 'photoshop',
    file: 'a.psd',
    make: bytes(Buffer.concat([Buffer.from('8BPS\0\x01', 'latin1'), Buffer.alloc(60)])),
    expect: { kind: 'unsupported-format', format: /Photoshop/ },
  },
  {
    name: 'dng',
    file: 'a.dng',
    make: bytes(makeTinyTiff({ dng: true, make: 'Apple' })),
    expect: { kind: 'unsupported-format', format: /DNG/ },
  },
  {
    name: 'nef',
    file: 'a.nef',
    make: bytes(makeTinyTiff({ make: 'NIKON CORPORATION', subIfdPhotometric: 32803 })),
    expect: { kind: 'unsupported-format', format: /Nikon NEF/ },
  },
  {
    name: 'cr2',
    file: 'a.cr2',
    make: bytes(makeTinyTiff({ cr2: true, make: 'Canon' })),
    expect: { kind: 'unsupported-format', format: /Canon CR2/ },
  },
  {
    name: 'pdf',
    file: 'a.jpg',
    make: bytes('%PDF-1.4\n1 0 obj << >> endobj\n'),
    expect: { kind: 'unsupported-format', format: /PDF/ },
  },
  {
    name: 'jpeg xl',
    file: 'a.jxl',
    make: viaVips(),
    expect: { kind: 'unsupported-format', format: /JPEG XL/ },
  },
  {
    name: 'jpeg 2000',
    file: 'a.jp2',
    make: viaVips(),
    expect: { kind: 'unsupported-format', format: /JPEG 2000/ },
  },
  {
    name: 'bmp rle',
    file: 'a.bmp',
    make: bytes(makeBmp(W, H, { bits: 8, rle: true })),
    expect: { kind: 'unsupported-format', format: /compressed BMP/ },
  },
  {
    name: 'web page',
    file: 'a.jpg',
    make: bytes('<!doctype html><html><body>Not found</body></html>\n'),
    expect: { kind: 'not-an-image' },
  },
  {
    name: 'text',
    file: 'a.png',
    make: bytes('kain panjang, sogan, 1920\n'),
    expect: { kind: 'not-an-image' },
  },
  {
    name: 'junk',
    file: 'a.jpg',
    make: bytes(Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 131 + 7) % 256))),
    expect: { kind: 'not-an-image' },
  },
  { name: 'empty', file: 'a.jpg', make: bytes(''), expect: { kind: 'empty-file' } },
  {
    name: 'jpeg cut at 40%',
    file: 'a.jpg',
    make: cut(save(noisy().jpeg())),
    expect: { kind: 'unreadable-media' },
  },
  {
    name: 'png cut at 40%',
    file: 'a.png',
    make: cut(save(noisy().png())),
    expect: { kind: 'unreadable-media' },
  },
  {
    name: 'webp cut at 40%',
    file: 'a.webp',
    make: cut(save(noisy().webp())),
    expect: { kind: 'unreadable-media' },
  },
  {
    name: 'tiff cut at 40%',
    file: 'a.tif',
    make: cut(save(noisy().tiff())),
    expect: { kind: 'unreadable-media' },
  },
  {
    name: 'gif cut at 40%',
    file: 'a.gif',
    make: cut(save(noisy().gif())),
    expect: { kind: 'unreadable-media' },
  },
  {
    name: 'bmp cut at 40%',
    file: 'a.bmp',
    make: cut(bytes(makeBmp(W, H, { bits: 24 }))),
    expect: { kind: 'unreadable-media' },
  },
  {
    name: 'heic cut at 60%',
    file: 'a.heic',
    make: cut(viaVips('compression=hevc'), 0.6),
    expect: { kind: 'unreadable-media' },
  },
];

/** Writes every case into `dir` (one sub-folder each, so names may repeat); returns path by case name. */
export async function makeFormatFiles(dir: string, cases: FormatCase[]): Promise<Map<string, string>> {
  const paths = new Map<string, string>();
  for (const c of cases) {
    const path = join(dir, `${c.name.replace(/\W+/g, '-')}-${c.file}`);
    await c.make(path);
    paths.set(c.name, path);
  }
  return paths;
}
