/**
 * HEIC photos (HEVC-compressed HEIF, what phones save), which sharp's prebuilt libheif cannot
 * decode: it carries only the AV1 codec, for AVIF. Decoded with libheif-js, libheif itself compiled
 * to WebAssembly with the libde265 HEVC decoder, loaded only when a HEIC file turns up.
 */
import type { DecodedPixels } from './decode-bmp';
import { ImageProblem } from './image-problem';
import { MAX_INPUT_PIXELS } from './settings';

/** Lines libheif-js prints with console.log when a file is damaged; they would corrupt `--json`. */
const LIBHEIF_CHATTER =
  /^(Could not parse HEIF file|Decoding image failed|Could not create HEIF context|Error loading image ids|No images found|Could not get image data for id)/;

let quietCount = 0;
let realLog: typeof console.log = console.log;

/** Drops libheif-js's own lines from console.log while `work` runs; everything else passes. */
async function quietly<T>(work: () => Promise<T>): Promise<T> {
  if (quietCount++ === 0) {
    realLog = console.log;
    console.log = (...args: unknown[]) => {
      if (typeof args[0] === 'string' && LIBHEIF_CHATTER.test(args[0])) return;
      realLog(...args);
    };
  }
  try {
    return await work();
  } finally {
    if (--quietCount === 0) console.log = realLog;
  }
}

/**
 * Decodes the primary image of a HEIF file to RGBA. libheif applies the file's rotation and
 * mirroring while decoding, so the pixels come out the right way up. Throws an ImageProblem.
 */
export async function decodeHeif(bytes: Buffer, file: string): Promise<DecodedPixels> {
  const { default: libheif } = await import('libheif-js/wasm-bundle');
  await libheif.ready;
  return quietly(async () => {
    const decoder = new libheif.HeifDecoder();
    const images = decoder.decode(bytes);
    try {
      const image = images.find((i) => i.is_primary()) ?? images[0];
      if (!image) throw new ImageProblem('unreadable-media', file, `${file}: libheif found no image`);
      const width = image.get_width();
      const height = image.get_height();
      if (width * height > MAX_INPUT_PIXELS) {
        throw new ImageProblem('oversized-image', file, `${file}: ${width} x ${height} px is too large`);
      }
      const target = { data: new Uint8ClampedArray(width * height * 4), width, height };
      const result = await new Promise<{ data: Uint8ClampedArray } | null>((resolve) =>
        image.display(target, resolve),
      );
      if (!result) throw new ImageProblem('unreadable-media', file, `${file}: libheif could not decode it`);
      return {
        data: Buffer.from(result.data.buffer, result.data.byteOffset, result.data.byteLength),
        width,
        height,
        channels: 4,
      };
    } finally {
      for (const image of images) image.free();
      decoder.decoder?.delete?.();
    }
  });
}
