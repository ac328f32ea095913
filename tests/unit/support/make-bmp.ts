/**
 * Windows bitmaps written byte by byte, in the variants scanners and old archives produce, so the
 * BMP decoder is tested on each without committing binaries. Every variant draws the same picture
 * (see `bmpPixel`), so a test can check the decoded colours, not only that something came out.
 */

/** Colour of pixel (x, y) of the test picture: a red ramp, a green ramp and a blue checker. */
export function bmpPixel(x: number, y: number): [number, number, number] {
  return [(x * 40) % 256, (y * 60) % 256, (x + y) % 2 ? 200 : 30];
}

export interface BmpVariant {
  bits: 8 | 16 | 24 | 32;
  /** Rows stored top row first (negative height), not the usual bottom row first. */
  topDown?: boolean;
  /** DIB header size: 40 (BITMAPINFOHEADER), 108 (V4) or 124 (V5). */
  header?: 40 | 108 | 124;
  /** Empty bytes between the header and the pixels, as some writers leave. */
  gap?: number;
  /** 32-bit only: the fourth byte is alpha (BI_BITFIELDS with an alpha mask); column 0 transparent. */
  alpha?: boolean;
  /** 8-bit only: compress the rows with RLE8 (which the kiosk refuses). */
  rle?: boolean;
}

/** A `width` x `height` BMP of the test picture; 8-bit variants are grey (the red channel). */
export function makeBmp(width: number, height: number, v: BmpVariant): Buffer {
  const header = v.header ?? 40;
  const bitfields = v.bits === 16 || (v.bits === 32 && v.alpha);
  const masks =
    v.bits === 16 ? [0xf800, 0x07e0, 0x001f, 0] : [0x00ff0000, 0x0000ff00, 0x000000ff, 0xff000000];
  const palette = v.bits === 8 ? Buffer.alloc(1024) : Buffer.alloc(0);
  for (let i = 0; i < palette.length / 4; i++) palette.fill(i, i * 4, i * 4 + 3);
  const extraMasks = bitfields && header === 40 ? Buffer.alloc(12) : Buffer.alloc(0);
  masks.slice(0, 3).forEach((m, i) => extraMasks.length && extraMasks.writeUInt32LE(m, i * 4));

  const stride = Math.ceil((width * v.bits) / 32) * 4;
  const rows: Buffer[] = [];
  for (let r = 0; r < height; r++) {
    const y = v.topDown ? r : height - 1 - r;
    const row = Buffer.alloc(stride);
    for (let x = 0; x < width; x++) {
      const [red, green, blue] = bmpPixel(x, y);
      if (v.bits === 8) row[x] = red;
      else if (v.bits === 16)
        row.writeUInt16LE(((red >> 3) << 11) | ((green >> 2) << 5) | (blue >> 3), x * 2);
      else {
        const at = x * (v.bits / 8);
        row[at] = blue;
        row[at + 1] = green;
        row[at + 2] = red;
        if (v.bits === 32) row[at + 3] = v.alpha && x === 0 ? 0 : 255;
      }
    }
    rows.push(row);
  }
  let pixels = Buffer.concat(rows);
  if (v.rle) {
    const out: number[] = [];
    for (const row of rows) {
      for (let x = 0; x < width; x++) out.push(1, row[x]!);
      out.push(0, 0);
    }
    out.push(0, 1);
    pixels = Buffer.from(out);
  }

  const dib = Buffer.alloc(header);
  dib.writeUInt32LE(header, 0);
  dib.writeInt32LE(width, 4);
  dib.writeInt32LE(v.topDown ? -height : height, 8);
  dib.writeUInt16LE(1, 12);
  dib.writeUInt16LE(v.bits, 14);
  dib.writeUInt32LE(v.rle ? 1 : bitfields ? 3 : 0, 16);
  dib.writeUInt32LE(pixels.length, 20);
  dib.writeUInt32LE(v.bits === 8 ? 256 : 0, 32);
  if (header > 40 && bitfields) masks.forEach((m, i) => dib.writeUInt32LE(m >>> 0, 40 + i * 4));
  if (header > 40) dib.write('BGRs', 56, 'latin1'); // colour space: sRGB
  const gap = Buffer.alloc(v.gap ?? 0);
  const offset = 14 + header + extraMasks.length + palette.length + gap.length;
  const fileHeader = Buffer.alloc(14);
  fileHeader.write('BM', 0, 'latin1');
  fileHeader.writeUInt32LE(offset + pixels.length, 2);
  fileHeader.writeUInt32LE(offset, 10);
  return Buffer.concat([fileHeader, dib, extraMasks, palette, gap, pixels]);
}
