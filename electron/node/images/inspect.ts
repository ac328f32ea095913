import { extname } from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { ImageProblem, toImageProblem } from './image-problem';
import { MAX_INPUT_PIXELS } from './settings';
import type { ImageInspection } from './types';

/** File extensions a curator may use, by the format sharp reports for the bytes. */
const EXTENSIONS_BY_FORMAT: Record<string, string[]> = {
  jpeg: ['.jpg', '.jpeg', '.jpe', '.jfif'],
  png: ['.png'],
  webp: ['.webp'],
  tiff: ['.tif', '.tiff'],
  gif: ['.gif'],
  svg: ['.svg'],
  heif: ['.heic', '.heif', '.avif'],
  jp2k: ['.jp2', '.j2k'],
  jxl: ['.jxl'],
};

/**
 * Reads an image's header (no pixel decoding) to learn its real format and its size after EXIF
 * orientation. Throws an ImageProblem: `not-an-image` (e.g. an HTML page saved as .jpg),
 * `unreadable-media` (missing, unreadable or corrupt) or `oversized-image` (over MAX_INPUT_PIXELS).
 */
export async function inspectImage(path: string): Promise<ImageInspection> {
  let meta: Metadata;
  try {
    meta = await sharp(path, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
  } catch (error) {
    throw toImageProblem(error, path);
  }
  const { format, width, height } = meta;
  if (!format || !width || !height) {
    throw new ImageProblem('unreadable-media', path, `${path}: the image has no readable size`);
  }
  if (width * height > MAX_INPUT_PIXELS) {
    // Formats without a header-time check (e.g. SVG) still get refused here, before any render.
    throw new ImageProblem('oversized-image', path, `${path}: ${width} x ${height} px is too large`);
  }
  const oriented = meta.autoOrient ?? { width, height };
  const known = EXTENSIONS_BY_FORMAT[format];
  const extension = extname(path).toLowerCase();
  return {
    format,
    width: oriented.width,
    height: oriented.height,
    extensionMismatch: known ? !known.includes(extension) : true,
  };
}
