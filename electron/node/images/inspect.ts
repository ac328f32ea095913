import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { toImageProblem } from './image-problem';
import { decodeFully, openSource } from './source';
import type { ImageInspection } from './types';

/** File extensions a curator may use, by the format found in the bytes. */
const EXTENSIONS_BY_FORMAT: Record<string, string[]> = {
  jpeg: ['.jpg', '.jpeg', '.jpe', '.jfif'],
  png: ['.png'],
  webp: ['.webp'],
  tiff: ['.tif', '.tiff'],
  gif: ['.gif'],
  svg: ['.svg'],
  avif: ['.avif', '.heif', '.heics'],
  heic: ['.heic', '.heif', '.hif'],
  bmp: ['.bmp', '.dib'],
};

/** How much of the file inspectImage reads. */
export interface InspectOptions {
  /**
   * Decode every pixel (default true), so a truncated or damaged file is found. The build turns
   * this off for its own check: it decodes each new image anyway while making its derivatives,
   * and reports the same problem there; an unchanged image is not decoded again.
   */
  decode?: boolean;
}

/**
 * Reads an image the way the build will (through source.ts) to learn its real format, its size
 * after EXIF orientation and its page count, and decodes its pixels. Throws an ImageProblem:
 * `empty-file`, `not-an-image` (e.g. an HTML page saved as .jpg), `unsupported-format` (e.g. a
 * Photoshop file), `unreadable-media` (missing, cut short or damaged) or `oversized-image`.
 */
export async function inspectImage(path: string, opts: InspectOptions = {}): Promise<ImageInspection> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw toImageProblem(error, path);
  }
  const source = await openSource(bytes, path);
  if (opts.decode !== false) await decodeFully(source, path);
  const known = EXTENSIONS_BY_FORMAT[source.format];
  const extension = extname(path).toLowerCase();
  return {
    format: source.format,
    width: source.width,
    height: source.height,
    pages: source.pages,
    extensionMismatch: known ? !known.includes(extension) : true,
  };
}
