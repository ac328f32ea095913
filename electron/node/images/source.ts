/**
 * The one door every source image goes through, for the check (inspect.ts) and for the build
 * (render.ts) alike, so the two can never disagree about a file: the bytes decide the format, the
 * formats sharp cannot decode are converted here, and every pipeline is opened with the same limits.
 */
import sharp, { type Metadata, type Sharp } from 'sharp';
import { decodeBmp, type DecodedPixels } from './decode-bmp';
import { decodeHeif } from './decode-heif';
import { ImageProblem, toImageProblem } from './image-problem';
import { looksCutShort, sniff } from './sniff';
import { CHECK_DECODE_SIZE, FAIL_ON, MAX_INPUT_PIXELS } from './settings';

/** A source image, known to be usable as far as its header goes. */
export interface SourceImage {
  /** Format found in the bytes: jpeg, png, webp, gif, tiff, avif, heic, svg or bmp. */
  format: string;
  /** Size after EXIF orientation. */
  width: number;
  height: number;
  /** Pages (TIFF) or frames (GIF, WebP) in the file; only the first is used. */
  pages: number;
  /** A fresh sharp pipeline over the first page, with the pipeline's limits. */
  open(): Sharp;
  /** The bytes end before the format's own structure does; says "cut off" when decoding fails. */
  cutShort: boolean;
}

const LIMITS = { limitInputPixels: MAX_INPUT_PIXELS, failOn: FAIL_ON } as const;

/**
 * Reads what `bytes` are and prepares them for sharp; throws an ImageProblem (`empty-file`,
 * `not-an-image`, `unsupported-format`, `unreadable-media`, `oversized-image`). Only the header is
 * read for sharp's own formats; converted formats (BMP, HEIC) are decoded here in full.
 */
export async function openSource(bytes: Buffer, file: string): Promise<SourceImage> {
  if (bytes.length === 0) throw new ImageProblem('empty-file', file, `${file}: 0 bytes`);
  const sniffed = sniff(bytes);
  switch (sniffed.use) {
    case 'refuse':
      throw new ImageProblem('unsupported-format', file, `${file}: ${sniffed.format}`, {
        format: sniffed.format,
        saveAs: sniffed.saveAs,
      });
    case 'not-image':
      throw new ImageProblem('not-an-image', file, `${file}: ${sniffed.looksLike}`, {
        looksLike: sniffed.looksLike,
      });
    case 'bmp':
      return fromPixels('bmp', decodeBmp(bytes, file));
    case 'sharp':
      break;
  }
  const cutShort = looksCutShort(bytes, sniffed.format);
  const cutOff = (problem: ImageProblem): ImageProblem => {
    if (problem.kind === 'unreadable-media' && cutShort) problem.detail.truncated = true;
    return problem;
  };
  let meta: Metadata;
  try {
    meta = await sharp(bytes, LIMITS).metadata();
  } catch (error) {
    const problem = toImageProblem(error, file);
    if (problem.kind === 'oversized-image' || !sniffed.format) throw problem;
    // It starts like one of sharp's formats but sharp cannot make sense of it: a damaged image
    // (a TIFF cut short loses its directory, which libvips writes at the end).
    throw cutOff(new ImageProblem('unreadable-media', file, problem.message, problem.detail));
  }
  // sharp's libheif reads HEIF headers but decodes only AV1 (AVIF), not HEVC (phones' HEIC).
  if (meta.format === 'heif' && meta.compression !== 'av1') {
    return fromPixels(
      'heic',
      await decodeHeif(bytes, file).catch((e: ImageProblem) => Promise.reject(cutOff(e))),
    );
  }
  const { format, width, height } = meta;
  if (!format || !width || !height) {
    throw new ImageProblem('unreadable-media', file, `${file}: the image has no readable size`);
  }
  if (width * height > MAX_INPUT_PIXELS) {
    // Formats without a header-time check (e.g. SVG) still get refused here, before any render.
    throw new ImageProblem('oversized-image', file, `${file}: ${width} x ${height} px is too large`);
  }
  const oriented = meta.autoOrient ?? { width, height };
  return {
    format: format === 'heif' ? 'avif' : format,
    width: oriented.width,
    height: oriented.height,
    pages: meta.pages ?? 1,
    open: () => sharp(bytes, LIMITS),
    cutShort,
  };
}

function fromPixels(format: string, pixels: DecodedPixels): SourceImage {
  const { data, width, height, channels } = pixels;
  return {
    format,
    width,
    height,
    pages: 1,
    open: () => sharp(data, { ...LIMITS, raw: { width, height, channels } }),
    cutShort: false,
  };
}

/**
 * Decodes every pixel of the first page, at a small size, with the build's strictness: a file cut
 * short or damaged inside fails here as it would fail the build. Throws an ImageProblem.
 */
export async function decodeFully(source: SourceImage, file: string): Promise<void> {
  try {
    await source
      .open()
      .resize(CHECK_DECODE_SIZE, CHECK_DECODE_SIZE, { fit: 'inside', withoutEnlargement: true })
      .raw()
      .toBuffer();
  } catch (error) {
    const problem = toImageProblem(error, file);
    if (problem.kind === 'unreadable-media' && source.cutShort) problem.detail.truncated = true;
    throw problem;
  }
}
