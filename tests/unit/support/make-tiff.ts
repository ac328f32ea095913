/**
 * Tiny valid TIFF files written byte by byte, with the tags camera RAW files carry: sharp opens
 * each of them (they are TIFFs), so only our own look into the tags can refuse them.
 */

interface Entry {
  tag: number;
  type: 1 | 2 | 3 | 4;
  values: number[] | string;
}

/** A 2 x 2 RGB TIFF (little-endian, uncompressed), plus `extra` tags and an optional sub-IFD. */
export function makeTinyTiff(
  opts: { make?: string; dng?: boolean; subIfdPhotometric?: number; cr2?: boolean } = {},
): Buffer {
  const pixels = Buffer.from([200, 40, 40, 40, 200, 40, 40, 40, 200, 250, 250, 250]);
  const entries: Entry[] = [
    { tag: 256, type: 3, values: [2] },
    { tag: 257, type: 3, values: [2] },
    { tag: 258, type: 3, values: [8, 8, 8] },
    { tag: 259, type: 3, values: [1] },
    { tag: 262, type: 3, values: [2] },
    { tag: 273, type: 4, values: [0] }, // strip offset, patched below
    { tag: 277, type: 3, values: [3] },
    { tag: 278, type: 3, values: [2] },
    { tag: 279, type: 4, values: [pixels.length] },
  ];
  if (opts.make) entries.push({ tag: 271, type: 2, values: `${opts.make}\0` });
  if (opts.subIfdPhotometric) entries.push({ tag: 330, type: 4, values: [0] }); // patched below
  if (opts.dng) entries.push({ tag: 50706, type: 1, values: [1, 4, 0, 0] });
  entries.sort((a, b) => a.tag - b.tag);

  const ifd = (list: Entry[], at: number): { bytes: Buffer; data: Buffer } => {
    const bytes = Buffer.alloc(2 + list.length * 12 + 4);
    const data: Buffer[] = [];
    let dataAt = at + bytes.length;
    bytes.writeUInt16LE(list.length, 0);
    list.forEach((e, i) => {
      const o = 2 + i * 12;
      const raw =
        typeof e.values === 'string'
          ? Buffer.from(e.values, 'latin1')
          : Buffer.concat(
              e.values.map((v) => {
                const b = Buffer.alloc(e.type === 4 ? 4 : e.type === 3 ? 2 : 1);
                if (e.type === 4) b.writeUInt32LE(v);
                else if (e.type === 3) b.writeUInt16LE(v);
                else b.writeUInt8(v);
                return b;
              }),
            );
      bytes.writeUInt16LE(e.tag, o);
      bytes.writeUInt16LE(e.type, o + 2);
      bytes.writeUInt32LE(typeof e.values === 'string' ? raw.length : e.values.length, o + 4);
      if (raw.length <= 4) raw.copy(bytes, o + 8);
      else {
        bytes.writeUInt32LE(dataAt, o + 8);
        data.push(raw);
        dataAt += raw.length;
      }
    });
    return { bytes, data: Buffer.concat(data) };
  };

  // Canon's CR2 puts "CR", its version and a second offset after the usual 8-byte header.
  const first = opts.cr2 ? 16 : 8;
  const padded = Buffer.alloc(first);
  padded.write('II*\0', 0, 'latin1');
  padded.writeUInt32LE(first, 4);
  if (opts.cr2) padded.write('CR\x02\0', 8, 'latin1');
  // Two passes: the first learns where the pixels and the sub-IFD land.
  let main = ifd(entries, first);
  const pixelsAt = first + main.bytes.length + main.data.length;
  const subAt = pixelsAt + pixels.length;
  entries.find((e) => e.tag === 273)!.values = [pixelsAt];
  const sub = entries.find((e) => e.tag === 330);
  if (sub) sub.values = [subAt];
  main = ifd(entries, first);
  const parts = [padded, main.bytes, main.data, pixels];
  if (opts.subIfdPhotometric) {
    const subIfd = ifd(
      [
        { tag: 256, type: 3, values: [2] },
        { tag: 257, type: 3, values: [2] },
        { tag: 262, type: 3, values: [opts.subIfdPhotometric] },
      ],
      subAt,
    );
    parts.push(subIfd.bytes, subIfd.data);
  }
  return Buffer.concat(parts);
}
