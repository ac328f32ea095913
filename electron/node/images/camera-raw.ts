/**
 * Camera RAW files hide inside TIFF containers: sharp would happily open a NEF or a DNG and show
 * its first picture, which is usually a small embedded preview, not the photo. So a TIFF is looked
 * into before sharp sees it, and refused when it carries sensor data.
 */

/** TIFF tags that give a RAW file away. */
const TAG = {
  compression: 0x0103,
  photometric: 0x0106,
  make: 0x010f,
  subIfds: 0x014a,
  dngVersion: 0xc612,
} as const;

/** Photometric interpretations of raw sensor data: colour filter array, linear raw (DNG). */
const RAW_PHOTOMETRIC = new Set([32803, 34892]);

/**
 * Compression schemes only camera makers use: Nikon NEF (34713), Sony ARW (32767), Pentax PEF
 * (65535), Kodak DCR (65000), Epson / Panasonic packed raw (32769, 32770).
 */
const RAW_COMPRESSION = new Set([34713, 32767, 65535, 65000, 32769, 32770]);

/** The RAW format each maker writes, named with the file extension a curator sees. */
const RAW_BY_MAKE: [RegExp, string][] = [
  [/^nikon/i, 'Nikon NEF camera RAW'],
  [/^sony/i, 'Sony ARW camera RAW'],
  [/^canon/i, 'Canon CR2 camera RAW'],
  [/^(pentax|ricoh)/i, 'Pentax PEF camera RAW'],
  [/^(olympus|om digital)/i, 'Olympus ORF camera RAW'],
  [/^fujifilm/i, 'Fujifilm RAF camera RAW'],
  [/^panasonic/i, 'Panasonic RW2 camera RAW'],
  [/^leica/i, 'Leica camera RAW'],
  [/^samsung/i, 'Samsung SRW camera RAW'],
  [/^kodak/i, 'Kodak DCR camera RAW'],
];

/** Most IFDs looked at per file: a RAW file has a handful; a crafted loop must not keep us busy. */
const MAX_IFDS = 16;

interface Ifd {
  entries: Map<number, { type: number; count: number; valueAt: number }>;
  next: number;
}

/**
 * Returns a name such as "Nikon NEF camera RAW" or "DNG camera RAW" when `bytes` (a classic TIFF) is a camera RAW file,
 * else null. Reads only the directory entries, never pixel data; a damaged directory is not RAW.
 */
export function cameraRawInTiff(bytes: Buffer): string | null {
  if (bytes.length < 16) return null;
  const order = bytes.toString('latin1', 0, 2);
  if (order !== 'II' && order !== 'MM') return null;
  const le = order === 'II';
  const u16 = (at: number) => (le ? bytes.readUInt16LE(at) : bytes.readUInt16BE(at));
  const u32 = (at: number) => (le ? bytes.readUInt32LE(at) : bytes.readUInt32BE(at));
  if (u16(2) !== 42) return null;
  // Canon CR2 marks itself right after the TIFF header.
  if (bytes.toString('latin1', 8, 10) === 'CR' && bytes[10] === 2) return 'Canon CR2 camera RAW';

  const readIfd = (at: number): Ifd | null => {
    if (at < 8 || at + 2 > bytes.length) return null;
    const count = u16(at);
    if (at + 2 + count * 12 + 4 > bytes.length) return null;
    const entries: Ifd['entries'] = new Map();
    for (let i = 0; i < count; i++) {
      const e = at + 2 + i * 12;
      const type = u16(e + 2);
      const n = u32(e + 4);
      const size = n * (TYPE_SIZES[type] ?? 1);
      entries.set(u16(e), { type, count: n, valueAt: size <= 4 ? e + 8 : u32(e + 8) });
    }
    return { entries, next: u32(at + 2 + count * 12) };
  };
  const value = (ifd: Ifd, tag: number): number | undefined => {
    const entry = ifd.entries.get(tag);
    if (!entry || entry.valueAt + 4 > bytes.length) return undefined;
    return entry.type === 3 ? u16(entry.valueAt) : u32(entry.valueAt);
  };

  const queue = [u32(4)];
  const seen = new Set<number>();
  let make = '';
  let raw = false;
  let dng = false;
  while (queue.length > 0 && seen.size < MAX_IFDS) {
    const at = queue.shift()!;
    if (seen.has(at)) continue;
    seen.add(at);
    const ifd = readIfd(at);
    if (!ifd) continue;
    if (ifd.entries.has(TAG.dngVersion)) dng = true;
    const photometric = value(ifd, TAG.photometric);
    const compression = value(ifd, TAG.compression);
    if (photometric !== undefined && RAW_PHOTOMETRIC.has(photometric)) raw = true;
    if (compression !== undefined && RAW_COMPRESSION.has(compression)) raw = true;
    const makeEntry = ifd.entries.get(TAG.make);
    if (!make && makeEntry && makeEntry.valueAt + makeEntry.count <= bytes.length) {
      make = bytes.toString('latin1', makeEntry.valueAt, makeEntry.valueAt + makeEntry.count);
    }
    const sub = ifd.entries.get(TAG.subIfds);
    if (sub) {
      for (let i = 0; i < Math.min(sub.count, MAX_IFDS); i++) {
        const pointer = sub.valueAt + i * 4;
        if (pointer + 4 <= bytes.length) queue.push(u32(pointer));
      }
    }
    if (ifd.next) queue.push(ifd.next);
  }
  if (dng) return 'DNG camera RAW';
  if (!raw) return null;
  return RAW_BY_MAKE.find(([pattern]) => pattern.test(make.trim()))?.[1] ?? 'camera RAW';
}

/** Bytes per value of the TIFF field types (BYTE, ASCII, SHORT, LONG, RATIONAL, ..., IFD). */
const TYPE_SIZES: Record<number, number> = {
  1: 1,
  2: 1,
  3: 2,
  4: 4,
  5: 8,
  6: 1,
  7: 1,
  8: 2,
  9: 4,
  10: 8,
  11: 4,
  12: 8,
  13: 4,
};
