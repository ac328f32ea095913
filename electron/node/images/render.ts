import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import type { SourceImage } from './source';
import { rgbaToThumbHash } from 'thumbhash';
import type { PaletteEntry } from '../../shared/collection-records';
import { paletteFromPixels } from './palette';
import {
  CARD_WIDTHS,
  cardHeight,
  CLOTH_BACKGROUND,
  DISPLAY_SIZE,
  PALETTE_SAMPLE_SIZE,
  PLACEHOLDER_SIZE,
  SCREEN_WEBP_EFFORT,
  THUMB_JPEG_QUALITY,
  THUMB_SIZES,
  TILE_SIZE,
  WEBP_QUALITY,
} from './settings';

/** What one render produced, besides the files. File names inside the folder are fixed (see below). */
export interface RenderedImage {
  width: number;
  height: number;
  placeholder: string;
  palette: PaletteEntry[];
}

/** What a tile render produced: a complete deep-zoom pyramid of the image at this size. */
export interface RenderedTiles {
  width: number;
  height: number;
}

/** Only images larger than the display rendering get deep-zoom tiles: smaller ones have no more to show. */
export function wantsTiles(size: { width: number; height: number }): boolean {
  return Math.max(size.width, size.height) > DISPLAY_SIZE;
}

/** Names of the files a render writes into its folder; the cache links them under public names. */
export const RENDER_FILES = {
  thumb: (size: number) => `${size}.jpg`,
  card: (width: number) => `card-${width}.jpg`,
  display: 'display.webp',
  tiles: 'tiles.dzi',
  tilesDir: 'tiles_files',
} as const;

/**
 * Every path applies EXIF orientation, converts CMYK / palette / grey / 16-bit input to 8-bit sRGB
 * and flattens alpha onto the mori white.
 */
const normalised = (image: SourceImage): Sharp =>
  image.open().rotate().flatten({ background: CLOTH_BACKGROUND }).toColourspace('srgb');

/**
 * Renders what the kiosk needs to show one image (opened by source.ts) into `dir`: thumbnails,
 * card crops, the display size, the ThumbHash and the palette. The source is decoded once at
 * display size (JPEG shrink-on-load makes that cheap) and the smaller outputs are cut from that
 * raw buffer. The deep-zoom pyramid, which decodes the full resolution, is a render of its own
 * (`renderTiles`), so a kiosk can go live before its tiles exist.
 */
export async function renderDerivatives(
  image: SourceImage,
  dir: string,
  opts: { colourFamilies: Record<string, string> },
): Promise<RenderedImage> {
  const { width, height } = image;
  const display = await normalised(image)
    .resize(DISPLAY_SIZE, DISPLAY_SIZE, { fit: 'inside', withoutEnlargement: true })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const fromDisplay = () => sharp(display.data, { raw: display.info });
  const shrunk = (size: number) =>
    fromDisplay().resize(size, size, { fit: 'inside', withoutEnlargement: true });

  const [placeholder, palette] = await Promise.all([
    shrunk(PLACEHOLDER_SIZE)
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true })
      .then(({ data, info }) =>
        Buffer.from(rgbaToThumbHash(info.width, info.height, data)).toString('base64'),
      ),
    shrunk(PALETTE_SAMPLE_SIZE)
      .raw()
      .toBuffer({ resolveWithObject: true })
      .then(({ data, info }) => paletteFromPixels(data, info.channels, opts.colourFamilies)),
    fromDisplay()
      .webp({ quality: WEBP_QUALITY, effort: SCREEN_WEBP_EFFORT })
      .toFile(join(dir, RENDER_FILES.display)),
    ...THUMB_SIZES.map((size) =>
      shrunk(size)
        .jpeg({ quality: THUMB_JPEG_QUALITY })
        .toFile(join(dir, RENDER_FILES.thumb(size))),
    ),
    // The centre, as the card's `object-fit: cover` crops it; a small source is enlarged, as the
    // card would draw it anyway.
    ...CARD_WIDTHS.map((width) =>
      fromDisplay()
        .resize(width, cardHeight(width), { fit: 'cover', position: 'centre' })
        .jpeg({ quality: THUMB_JPEG_QUALITY })
        .toFile(join(dir, RENDER_FILES.card(width))),
    ),
  ]);
  return { width, height, placeholder, palette };
}

/** Renders the deep-zoom pyramid of one image into `dir` (`tiles.dzi` plus `tiles_files/`). */
export async function renderTiles(image: SourceImage, dir: string): Promise<RenderedTiles> {
  // toFile('x') with a dz layout writes x.dzi plus x_files/.
  await normalised(image)
    .webp({ quality: WEBP_QUALITY })
    .tile({ size: TILE_SIZE, layout: 'dz' })
    .toFile(join(dir, RENDER_FILES.tiles.replace(/\.dzi$/, '')));
  // libvips leaves its own metadata dump beside the tiles; the viewer never asks for it.
  await rm(join(dir, RENDER_FILES.tilesDir, 'vips-properties.xml'), { force: true });
  return { width: image.width, height: image.height };
}
