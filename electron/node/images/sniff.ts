/**
 * What a file's first bytes say it is. The content decides, never the name: a PNG called .jpg is a
 * PNG, a web page called .jpg is a web page. sharp recognises the formats it decodes by itself; this
 * table covers the rest: the formats we convert (BMP), the image and document formats we recognise
 * but cannot use (named, with what to save them as), and common files that are no image at all.
 */
import { cameraRawInTiff } from './camera-raw';

/** What to do with a file, decided from its bytes. */
export type Sniffed =
  /**
   * A format sharp decodes itself (JPEG, PNG, WebP, GIF, TIFF, AVIF/HEIF, SVG), or unknown bytes.
   * `format` is set when the signature is one of sharp's: if sharp then cannot read the file, it
   * is a damaged image, not something else.
   */
  | { use: 'sharp'; format?: string }
  /** Windows bitmap: converted by our BMP decoder. */
  | { use: 'bmp' }
  /** A recognised image or document format we cannot use. */
  | { use: 'refuse'; format: string; saveAs: string }
  /** Recognisably no image: a web page, text, an archive, a video. */
  | { use: 'not-image'; looksLike: string };

const FLAT = 'a flattened copy as TIFF or JPEG';
const PHOTO = 'it as JPEG, PNG or TIFF';
const RAW = "it as JPEG or TIFF from the camera's software or a photo editor";

/** Signatures of the formats sharp reads itself. */
const SHARP_FORMATS: [number, string, string][] = [
  [0, '\xff\xd8\xff', 'jpeg'],
  [0, '\x89PNG\r\n\x1a\n', 'png'],
  [0, 'GIF8', 'gif'],
  [8, 'WEBP', 'webp'],
  [0, 'II*\0', 'tiff'],
  [0, 'MM\0*', 'tiff'],
  [4, 'ftypheic', 'heif'],
  [4, 'ftypheix', 'heif'],
  [4, 'ftypmif1', 'heif'],
  [4, 'ftypmsf1', 'heif'],
  [4, 'ftypavif', 'heif'],
];

interface Signature {
  at: number;
  bytes: string;
  then: Exclude<Sniffed, { use: 'sharp' }>;
}

const refuse = (format: string, saveAs: string) => ({ use: 'refuse', format, saveAs }) as const;
const notImage = (looksLike: string) => ({ use: 'not-image', looksLike }) as const;

/** Signatures as latin1 strings (one char per byte), checked in order. */
const SIGNATURES: Signature[] = [
  { at: 0, bytes: 'BM', then: { use: 'bmp' } },
  { at: 0, bytes: '8BPS', then: refuse('Photoshop file (PSD)', FLAT) },
  { at: 0, bytes: 'gimp xcf', then: refuse('GIMP file (XCF)', FLAT) },
  { at: 0, bytes: '%PDF', then: refuse('PDF document', 'the picture inside as JPEG or PNG') },
  { at: 0, bytes: '%!PS', then: refuse('PostScript or EPS file', 'the picture inside as JPEG or PNG') },
  { at: 0, bytes: '\xc5\xd0\xd3\xc6', then: refuse('EPS file', 'the picture inside as JPEG or PNG') },
  { at: 0, bytes: '\xff\x0a', then: refuse('JPEG XL image', PHOTO) },
  { at: 0, bytes: '\0\0\0\x0cJXL \r\n\x87\n', then: refuse('JPEG XL image', PHOTO) },
  { at: 0, bytes: '\0\0\0\x0cjP  \r\n\x87\n', then: refuse('JPEG 2000 image', PHOTO) },
  { at: 0, bytes: '\xff\x4f\xff\x51', then: refuse('JPEG 2000 image', PHOTO) },
  { at: 0, bytes: 'II\xbc', then: refuse('JPEG XR image', PHOTO) },
  { at: 0, bytes: '\x76\x2f\x31\x01', then: refuse('OpenEXR image', PHOTO) },
  { at: 0, bytes: '\0\0\x01\0', then: refuse('Windows icon (ICO)', 'the original picture as PNG') },
  { at: 0, bytes: 'FUJIFILMCCD-RAW', then: refuse('Fujifilm RAF camera RAW file', RAW) },
  { at: 0, bytes: 'IIRO', then: refuse('Olympus ORF camera RAW file', RAW) },
  { at: 0, bytes: 'IIRS', then: refuse('Olympus ORF camera RAW file', RAW) },
  { at: 0, bytes: 'MMOR', then: refuse('Olympus ORF camera RAW file', RAW) },
  { at: 0, bytes: 'IIU\0', then: refuse('Panasonic RW2 camera RAW file', RAW) },
  { at: 0, bytes: 'FOVb', then: refuse('Sigma X3F camera RAW file', RAW) },
  { at: 0, bytes: '\0MRM', then: refuse('Minolta MRW camera RAW file', RAW) },
  { at: 6, bytes: 'HEAPCCDR', then: refuse('Canon CRW camera RAW file', RAW) },
  { at: 4, bytes: 'ftypcrx ', then: refuse('Canon CR3 camera RAW file', RAW) },
  { at: 0, bytes: 'PK\x03\x04', then: notImage('a ZIP archive or an Office document') },
  { at: 0, bytes: '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1', then: notImage('an Office document') },
  { at: 0, bytes: '{\\rtf', then: notImage('a text document') },
  { at: 4, bytes: 'ftypqt  ', then: notImage('a video') },
  { at: 4, bytes: 'ftypisom', then: notImage('a video') },
  { at: 4, bytes: 'ftypmp4', then: notImage('a video') },
  { at: 0, bytes: '\x1a\x45\xdf\xa3', then: notImage('a video') },
  { at: 0, bytes: 'ID3', then: notImage('a sound file') },
];

function startsWith(bytes: Buffer, at: number, text: string): boolean {
  if (bytes.length < at + text.length) return false;
  return bytes.toString('latin1', at, at + text.length) === text;
}

/**
 * Sorts `bytes` into: sharp's own formats, BMP, a named format we refuse, or no image at all. Bytes
 * that match nothing go to sharp, which has the last word on whether they are an image.
 */
export function sniff(bytes: Buffer): Sniffed {
  // TGA has no leading signature (its first bytes can look like an icon's); version 2 files end
  // with one, so that is looked at first.
  if (bytes.length > 44 && startsWith(bytes, bytes.length - 18, 'TRUEVISION-XFILE')) {
    return refuse('TGA image', 'it as PNG');
  }
  for (const s of SIGNATURES) if (startsWith(bytes, s.at, s.bytes)) return s.then;
  const native = SHARP_FORMATS.find(([at, text]) => startsWith(bytes, at, text))?.[2];
  if (native === 'tiff') {
    const raw = cameraRawInTiff(bytes);
    if (raw) return refuse(`${raw} file`, RAW);
  }
  if (native) return { use: 'sharp', format: native };
  const text = textKind(bytes);
  if (text) return notImage(text);
  return { use: 'sharp' };
}

/**
 * "a web page" or "a text file" when the start of the file is text; null otherwise, and for SVG,
 * which is text that sharp draws.
 */
function textKind(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 1024);
  let printable = 0;
  for (const byte of head) {
    if (byte === 9 || byte === 10 || byte === 13 || byte >= 32) printable += 1;
    if (byte === 0) return null;
  }
  if (head.length === 0 || printable < head.length * 0.95) return null;
  const start = head.toString('utf8').trimStart().toLowerCase();
  if (start.includes('<svg')) return null;
  if (/^(\ufeff)?(<!doctype html|<html|<head|<body|<!--|<\?xml|<meta|<script)/.test(start)) {
    return 'a web page';
  }
  return 'a text file';
}

/**
 * True when a file of sharp's `format` visibly ends before its own structure does (no end marker,
 * or a declared size past the end). Only asked after decoding failed, to tell the curator that
 * the file was cut off (a copy that did not finish) rather than damaged inside.
 */
export function looksCutShort(bytes: Buffer, format: string | undefined): boolean {
  const tail = (text: string) => startsWith(bytes, bytes.length - text.length, text);
  switch (format) {
    case 'jpeg':
      return !tail('\xff\xd9');
    case 'png':
      return !tail('IEND\xae\x42\x60\x82');
    case 'gif':
      return !tail('\x3b');
    case 'webp':
      return bytes.length < 12 || bytes.readUInt32LE(4) + 8 > bytes.length;
    case 'heif':
      return boxesRunPastEnd(bytes);
    case 'tiff':
      return (
        bytes.length < 8 ||
        (bytes[0] === 0x49 ? bytes.readUInt32LE(4) : bytes.readUInt32BE(4)) >= bytes.length
      );
    default:
      return false;
  }
}

/** True when one of the top-level ISO media boxes (HEIF, AVIF) claims more bytes than there are. */
function boxesRunPastEnd(bytes: Buffer): boolean {
  let at = 0;
  while (at + 8 <= bytes.length) {
    let size = bytes.readUInt32BE(at);
    if (size === 1) {
      if (at + 16 > bytes.length) return true;
      size = Number(bytes.readBigUInt64BE(at + 8));
    }
    if (size === 0) return false; // the last box runs to the end of the file
    if (size < 8) return false; // not a box structure we understand: say nothing
    at += size;
  }
  return at > bytes.length;
}
