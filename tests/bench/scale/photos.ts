/**
 * Photo-like JPEGs for the scale benchmark, made deterministically from a seed: soft colour fields
 * (dyed areas), a woven-cloth texture and camera-like sensor noise, so each file compresses like a
 * photograph of a cloth rather than like a flat drawing. Same seed and size, same bytes.
 */
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { runPool } from '../../../electron/node/images/job-pool';

/** JPEG quality of a camera's "fine" setting. */
const JPEG_QUALITY = 90;
/** Side of one colour field before it is blurred up to full size, in px of the final image. */
const FIELD_PX = 96;
/** Period of the weave (threads) in px: finer than a tile, coarser than a pixel. */
const WEAVE_PX = 7;

/** Width and height of photo `seed` with the given long side: landscape or portrait, 3:2 to 2:1. */
export function photoSize(seed: number, longSide: number): { width: number; height: number } {
  const random = xorshift(seed);
  const ratio = 1.5 + (random() / 0xffffffff) * 0.5;
  const short = Math.round(longSide / ratio);
  return random() % 2 === 0 ? { width: longSide, height: short } : { width: short, height: longSide };
}

/** JPEG bytes of photo `seed`, `longSide` px on its long side. */
export async function photoJpeg(seed: number, longSide: number): Promise<Buffer> {
  const { width, height } = photoSize(seed, longSide);
  const random = xorshift(seed * 7919 + 17);
  // Dyed areas: a coarse grid of random colours around one base colour, blurred up by libvips.
  const fw = Math.max(2, Math.ceil(width / FIELD_PX));
  const fh = Math.max(2, Math.ceil(height / FIELD_PX));
  const base = [random() % 200, random() % 200, random() % 200];
  const fields = Buffer.alloc(fw * fh * 3);
  for (let i = 0; i < fields.length; i += 3) {
    const light = (random() % 90) - 45;
    for (let c = 0; c < 3; c += 1) fields[i + c] = clamp(base[c]! + light + (random() % 40) - 20 + 30);
  }
  const pixels = await sharp(fields, { raw: { width: fw, height: fh, channels: 3 } })
    .resize(width, height, { kernel: 'cubic', fit: 'fill' })
    .raw()
    .toBuffer();
  // Weave: warp and weft threads as two periodic brightness profiles, multiplied per pixel.
  const warp = threadProfile(width, random);
  const weft = threadProfile(height, random);
  for (let y = 0, i = 0; y < height; y += 1) {
    const row = weft[y]!;
    for (let x = 0; x < width; x += 1, i += 3) {
      const shade = row * warp[x]!;
      // Sensor noise: mostly shared by the three channels (luminance), a little per channel.
      const n = random();
      const luma = ((n & 0xff) + ((n >>> 8) & 0xff)) / 16 - 16;
      pixels[i] = clamp(pixels[i]! * shade + luma + (((n >>> 16) & 0xf) - 8));
      pixels[i + 1] = clamp(pixels[i + 1]! * shade + luma + (((n >>> 20) & 0xf) - 8));
      pixels[i + 2] = clamp(pixels[i + 2]! * shade + luma + (((n >>> 24) & 0xf) - 8));
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: JPEG_QUALITY })
    .toBuffer();
}

/**
 * Photos 0..count-1 in `dir` (`<seed>.jpg`), made only when missing, `workers` at a time. The
 * folder name should carry every parameter, so a cached file is always the one these would make.
 */
export async function cachedPhotos(dir: string, count: number, longSide: number, workers: number) {
  await mkdir(dir, { recursive: true });
  const seeds = Array.from({ length: count }, (_, i) => i);
  let made = 0;
  await runPool(seeds, workers, async (seed) => {
    const file = join(dir, `${seed}.jpg`);
    if (await exists(file)) return;
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, await photoJpeg(seed, longSide));
    await rename(temp, file);
    made += 1;
  });
  return { files: seeds.map((seed) => join(dir, `${seed}.jpg`)), made };
}

function threadProfile(length: number, random: () => number): Float32Array {
  const profile = new Float32Array(length);
  const phase = random() % WEAVE_PX;
  for (let i = 0; i < length; i += 1) {
    // A thread is brighter on its crown than at its edges; threads vary a little in thickness.
    const t = ((i + phase) % WEAVE_PX) / WEAVE_PX;
    profile[i] = 0.88 + 0.12 * Math.sin(Math.PI * t) + ((random() % 9) - 4) / 400;
  }
  return profile;
}

/** xorshift32: a tiny, fast, seeded generator; enough for texture, not for anything secret. */
function xorshift(seed: number): () => number {
  // Multiplying spreads neighbouring seeds apart, so photos 0, 1, 2 differ from the first draw.
  let state = Math.imul(seed + 1, 0x9e3779b1) >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state;
  };
}

function clamp(value: number): number {
  return value < 0 ? 0 : value > 255 ? 255 : value;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
