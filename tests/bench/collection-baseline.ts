/**
 * The same-run baseline for the collection benchmark: plain sharp producing the derivatives the
 * pipeline makes (256/512 thumbnails, 1600 px display WebP, WebP DZI tiles, a ThumbHash and a
 * palette), each output its own pipeline from the source file. No cache, no hashing, no check.
 */
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { rgbaToThumbHash } from 'thumbhash';
import { paletteFromPixels } from '../../electron/node/images/palette';
import { SCREEN_WEBP_EFFORT } from '../../electron/node/images/settings';

const FAMILIES = { indigo: '#223a66', soga: '#8b5a2b', mengkudu: '#9c2a24', 'putih-alam': '#efe5cf' };

export async function baselineDerivatives(files: string[], outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
  // Same settings as the pipeline: one libvips thread per image, one image per core.
  sharp.concurrency(1);
  sharp.cache({ files: 0 });
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      await one(files[index]!, join(outDir, String(index)));
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, availableParallelism()) }, worker));
}

async function one(file: string, base: string): Promise<void> {
  const open = () => sharp(file).rotate().flatten({ background: '#f3ead8' }).toColourspace('srgb');
  const fit = (size: number) => open().resize(size, size, { fit: 'inside', withoutEnlargement: true });
  const meta = await sharp(file).metadata();
  const long = Math.max(meta.autoOrient?.width ?? 0, meta.autoOrient?.height ?? 0);
  const thumbhash = await fit(100).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  rgbaToThumbHash(thumbhash.info.width, thumbhash.info.height, thumbhash.data);
  const palette = await fit(64).raw().toBuffer({ resolveWithObject: true });
  paletteFromPixels(palette.data, palette.info.channels, FAMILIES);
  await Promise.all([
    fit(256).webp({ quality: 80, effort: SCREEN_WEBP_EFFORT }).toFile(`${base}-256.webp`),
    fit(512).webp({ quality: 80, effort: SCREEN_WEBP_EFFORT }).toFile(`${base}-512.webp`),
    fit(1600).webp({ quality: 80, effort: SCREEN_WEBP_EFFORT }).toFile(`${base}.webp`),
    long > 1600 ? open().webp({ quality: 80 }).tile({ size: 512, layout: 'dz' }).toFile(base) : undefined,
  ]);
}
