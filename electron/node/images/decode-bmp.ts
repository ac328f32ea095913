/**
 * Windows bitmaps (BMP), which libvips reads only through ImageMagick and sharp's prebuilt binary
 * does not include. Decoded with bmp-ts (jimp's BMP decoder) after our own header checks: the size is
 * refused before any pixel is allocated, a file cut short is named as such, and the variants bmp-ts
 * gets wrong (run-length compressed files) are refused instead of shown scrambled.
 */
import { decode } from 'bmp-ts';
import { ImageProblem } from './image-problem';
import { MAX_INPUT_PIXELS } from './settings';

/** Decoded pixels ready for sharp's raw input. */
export interface DecodedPixels {
  data: Buffer;
  width: number;
  height: number;
  channels: 3 | 4;
}

/** DIB header sizes bmp-ts reads: BITMAPINFOHEADER and its V2-V5 successors. */
const HEADER_SIZES = new Set([40, 52, 56, 108, 124]);
const BI_RGB = 0;
const BI_BITFIELDS = 3;
const BI_ALPHABITFIELDS = 6;

/** Converts a BMP file to raw pixels; throws an ImageProblem for anything it cannot show. */
export function decodeBmp(bytes: Buffer, file: string): DecodedPixels {
  const fail = (kind: ImageProblem['kind'], why: string, detail = {}) =>
    new ImageProblem(kind, file, `${file}: ${why}`, detail);
  if (bytes.length < 54) throw fail('unreadable-media', 'BMP header cut short', { truncated: true });
  const offset = bytes.readUInt32LE(10);
  const headerSize = bytes.readUInt32LE(14);
  if (!HEADER_SIZES.has(headerSize)) {
    throw fail('unsupported-format', `BMP header of ${headerSize} bytes`, {
      format: 'an old kind of BMP (OS/2 or Windows 2)',
      saveAs: 'it as PNG or TIFF',
    });
  }
  const width = bytes.readInt32LE(18);
  const height = Math.abs(bytes.readInt32LE(22));
  const bits = bytes.readUInt16LE(28);
  const compression = bytes.readUInt32LE(30);
  if (width <= 0 || height <= 0 || ![1, 4, 8, 16, 24, 32].includes(bits)) {
    throw fail('unreadable-media', `BMP header says ${width} x ${height} px at ${bits} bits`);
  }
  if (width * height > MAX_INPUT_PIXELS) {
    throw fail('oversized-image', `${width} x ${height} px is too large`);
  }
  if (compression !== BI_RGB && compression !== BI_BITFIELDS && compression !== BI_ALPHABITFIELDS) {
    throw fail('unsupported-format', `BMP compression ${compression}`, {
      format: 'a compressed BMP',
      saveAs: 'it as PNG, TIFF or an uncompressed BMP',
    });
  }
  const withMasks = compression !== BI_RGB && headerSize === 40;
  const colours = bytes.readUInt32LE(46) || (bits <= 8 ? 2 ** bits : 0);
  // bmp-ts reads the pixels straight after the palette; some writers leave a gap before them.
  const expected =
    14 + headerSize + (withMasks ? (compression === BI_ALPHABITFIELDS ? 16 : 12) : 0) + colours * 4;
  const rowBytes = Math.ceil((width * bits) / 32) * 4;
  if (offset < expected || offset + rowBytes * height > bytes.length) {
    throw fail('unreadable-media', 'BMP pixel data cut short', { truncated: true });
  }
  const input = Buffer.concat([bytes.subarray(0, expected), bytes.subarray(offset)]);
  if (compression === BI_RGB && headerSize >= 52 && (bits === 16 || bits === 32)) {
    // bmp-ts reads the colour masks of a V2+ header even when the file says they are unused
    // (and writers then leave them zero): put the masks the format defines in place.
    const masks = bits === 32 ? [0xff0000, 0xff00, 0xff, 0] : [0x7c00, 0x3e0, 0x1f, 0];
    masks.forEach((mask, i) => {
      if (40 + i * 4 < headerSize) input.writeUInt32LE(mask, 14 + 40 + i * 4);
    });
  }

  let decoded: ReturnType<typeof decode>;
  try {
    // Without toRGBA every bit depth comes out as A, B, G, R (its RGBA mode mixes up palettes).
    decoded = decode(input);
  } catch (error) {
    throw new ImageProblem('unreadable-media', file, `${file}: ${String(error)}`, {}, { cause: error });
  }
  const alphaMask = hasAlphaMask(bytes, headerSize, compression);
  const channels = bits === 32 && alphaMask ? 4 : 3;
  const abgr = decoded.data;
  const data = Buffer.alloc(width * height * channels);
  let anyAlpha = false;
  for (let i = 0, o = 0; i < width * height * 4; i += 4, o += channels) {
    data[o] = abgr[i + 3]!;
    data[o + 1] = abgr[i + 2]!;
    data[o + 2] = abgr[i + 1]!;
    if (channels === 4) {
      data[o + 3] = abgr[i]!;
      if (abgr[i] !== 0) anyAlpha = true;
    }
  }
  // Many writers declare an alpha mask and leave it all zero: that is an opaque picture.
  if (channels === 4 && !anyAlpha) for (let o = 3; o < data.length; o += 4) data[o] = 255;
  return { data, width, height, channels };
}

/**
 * True when the file declares which bits of a 32-bit pixel are alpha. Uncompressed 32-bit pixels
 * carry an unused fourth byte by definition; only bit-field files can say it is alpha.
 */
function hasAlphaMask(bytes: Buffer, headerSize: number, compression: number): boolean {
  if (compression === BI_ALPHABITFIELDS) return true;
  return compression === BI_BITFIELDS && headerSize >= 56 && bytes.readUInt32LE(14 + 52) !== 0;
}
