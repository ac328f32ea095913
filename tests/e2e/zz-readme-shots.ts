import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

/** Which screenshots the README shows (`<orientation>-<screen>`), at most a dozen. */
export const README_SET = new Set([
  'landscape-attract',
  'landscape-home',
  'landscape-browse-facets',
  'landscape-piece',
  'landscape-motif',
  'landscape-motif-callout',
  'landscape-search',
  'landscape-compare',
  'landscape-idle-overlay',
  'portrait-home',
  'portrait-piece',
  'portrait-search',
]);

const MAX_BYTES = 400 * 1024;

/**
 * Palette PNG (lossy, like a JPEG quality setting), with fewer colours and then a smaller size
 * until it fits the README's per-file budget; batik patterns are detailed, so full-size 256-colour
 * frames are often too big.
 */
export async function writeReadmeCopy(png: Buffer, dir: string, name: string): Promise<number> {
  const { width = 1920 } = await sharp(png).metadata();
  const steps = [
    { scale: 1, colours: 128 },
    { scale: 1, colours: 64 },
    { scale: 0.75, colours: 64 },
    { scale: 0.5, colours: 64 },
  ];
  let out = png;
  for (const { scale, colours } of steps) {
    out = await sharp(png)
      .resize({ width: Math.round(width * scale) })
      .png({ palette: true, colours, quality: 70, effort: 10, compressionLevel: 9, dither: 0.6 })
      .toBuffer();
    if (out.length <= MAX_BYTES) break;
  }
  await writeFile(path.join(dir, `${name}.png`), out);
  return out.length;
}
