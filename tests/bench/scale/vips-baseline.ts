/**
 * The scale benchmark's same-run baseline: libvips' own command-line tools (Debian's
 * libvips-tools) making the derivatives the pipeline makes, of the same files, with as many jobs
 * at once as the pipeline's image workers, each tool on one libvips thread as sharp is in the build.
 * The thumbnails and card crops (JPEG) and the display image (WebP) come from `vipsthumbnail`, the
 * tiles from `vips dzsave` with the pipeline's tile size, overlap (sharp's default 0), format and
 * quality. No ThumbHash, palette, check, hashing or records: the practical lower bound for the
 * image work alone.
 */
import { spawn } from 'node:child_process';
import { access, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { runPool } from '../../../electron/node/images/job-pool';
import {
  CARD_WIDTHS,
  cardHeight,
  DISPLAY_SIZE,
  SCREEN_WEBP_EFFORT,
  THUMB_JPEG_QUALITY,
  THUMB_SIZES,
  TILE_SIZE,
  WEBP_QUALITY,
} from '../../../electron/node/images/settings';

const VIPS = '/usr/bin/vips';
const VIPSTHUMBNAIL = '/usr/bin/vipsthumbnail';

/** Throws a readable error when libvips-tools is not installed (.ci/run installs it). */
export async function assertVipsTools(): Promise<void> {
  for (const tool of [VIPS, VIPSTHUMBNAIL]) {
    await access(tool).catch(() => {
      throw new Error(`${tool} is missing: apt-get install libvips-tools`);
    });
  }
}

/** Makes every derivative of `files` under `outDir`; `longSide` decides whether tiles are made. */
export async function vipsDerivatives(
  files: readonly string[],
  outDir: string,
  jobs: number,
  longSide: number,
) {
  await mkdir(outDir, { recursive: true });
  const webp = `.webp[Q=${WEBP_QUALITY}]`;
  // The display size at the pipeline's lighter encoding effort and the thumbnails as JPEG, as the
  // pipeline makes them (settings.ts).
  const screenWebp = `.webp[Q=${WEBP_QUALITY},effort=${SCREEN_WEBP_EFFORT}]`;
  const thumbJpeg = `.jpg[Q=${THUMB_JPEG_QUALITY}]`;
  await runPool(
    files.map((file, index) => ({ file, base: join(outDir, String(index)) })),
    jobs,
    async ({ file, base }) => {
      for (const size of THUMB_SIZES) {
        await run(VIPSTHUMBNAIL, [file, '--size', `${size}x${size}>`, '-o', `${base}-${size}${thumbJpeg}`]);
      }
      for (const width of CARD_WIDTHS) {
        const size = `${width}x${cardHeight(width)}`;
        await run(VIPSTHUMBNAIL, [
          file,
          '--size',
          size,
          '--smartcrop',
          'centre',
          '-o',
          `${base}-card-${width}${thumbJpeg}`,
        ]);
      }
      await run(VIPSTHUMBNAIL, [
        file,
        '--size',
        `${DISPLAY_SIZE}x${DISPLAY_SIZE}>`,
        '-o',
        `${base}-${DISPLAY_SIZE}${screenWebp}`,
      ]);
      if (longSide > DISPLAY_SIZE) {
        await run(VIPS, [
          'dzsave',
          file,
          base,
          '--tile-size',
          String(TILE_SIZE),
          '--overlap',
          '0',
          '--layout',
          'dz',
          '--suffix',
          webp,
        ]);
      }
    },
  );
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, VIPS_CONCURRENCY: '1' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')}: ${code}\n${stderr}`)),
    );
  });
}
