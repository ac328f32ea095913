import { execFileSync } from 'node:child_process';
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { parse, parseDocument } from 'yaml';
import { crc32, deflateSync } from 'node:zlib';
import { makeTinyTiff } from './make-tiff';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');
export const MIN_FIXTURE = path.join(FIXTURES, 'collection-min');
const CASES_DIR = path.join(FIXTURES, 'collections');

/** Images of collection-min, made at test time so no binaries are committed. */
const MIN_IMAGES: { file: string; colour: string }[] = [
  { file: 'pieces/jlamprang-tulis/full.png', colour: '#2b3a67' },
  { file: 'pieces/jlamprang-tulis/detail.png', colour: '#f3ead8' },
  { file: 'pieces/kawung-cap/full.png', colour: '#8a5a2b' },
  { file: 'pieces/kawung-print/full.png', colour: '#8a5a2b' },
  { file: 'motifs/jlamprang/drawing.png', colour: '#2b3a67' },
  { file: 'motifs/kawung/drawing.png', colour: '#8a5a2b' },
];

export async function writeImage(file: string, colour: string, width = 1200, height = 800): Promise<void> {
  await sharp({ create: { width, height, channels: 3, background: colour } })
    .png({ compressionLevel: 9 })
    .toFile(file);
}

/** What a broken case expects, from its `case.yaml`. */
export interface CaseSpec {
  name: string;
  description: string;
  expect: {
    file: string;
    field: string;
    kind: string;
    severity?: 'error' | 'warning';
    line?: number;
    /** Words the curator-facing message must contain (a suggested fix, say). */
    message?: string;
  };
  /** Files of collection-min to delete before the overlay is applied. */
  remove?: string[];
  /** A small edit of one collection-min file, applied with the yaml library (keeps the rest as is). */
  edit?: {
    file: string;
    /** A value, or a text made of `repeat.text` written `repeat.count` times (long texts). */
    set?: { path: (string | number)[]; value?: unknown; repeat?: Repeat }[];
    delete?: (string | number)[][];
  };
  /** Raw text added at the end of a file (for text the yaml library would not write). */
  append?: { file: string; parts: Repeat[] };
  /** A mistake that cannot be committed as a text file, made at test time. */
  setup?:
    | 'symlink-outside'
    | 'html-as-jpg'
    | 'png-as-jpg'
    | 'huge-image'
    | 'tiny-image'
    | 'media-is-folder'
    | 'photoshop-file'
    | 'camera-raw'
    | 'empty-image'
    | 'truncated-jpeg'
    | 'multi-page-tiff'
    | 'yaml-is-folder'
    | 'pieces-is-file'
    | 'motifs-is-file'
    | 'terms-is-file'
    | 'yaml-symlink-loop'
    | 'yaml-symlink-outside'
    | 'yaml-is-pipe'
    | 'undecodable-folder-name';
}

/** `text` written `count` times (once without a count). */
interface Repeat {
  text: string;
  count?: number;
}

const repeated = ({ text, count }: Repeat): string => text.repeat(count ?? 1);

/** Copies collection-min into a fresh temp folder and draws its images. */
export async function makeMinCollection(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'collection-'));
  await cp(MIN_FIXTURE, dir, { recursive: true });
  await Promise.all(MIN_IMAGES.map((img) => writeImage(path.join(dir, img.file), img.colour)));
  return dir;
}

export async function listCases(): Promise<CaseSpec[]> {
  const names = (await readdir(CASES_DIR, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  return Promise.all(
    names.sort().map(async (name) => {
      const spec = parse(await readFile(path.join(CASES_DIR, name, 'case.yaml'), 'utf8')) as Omit<
        CaseSpec,
        'name'
      >;
      return { name, ...spec };
    }),
  );
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A PNG whose header claims `width` x `height` grey pixels but which is under 100 bytes: a
 * decompression bomb in miniature. Only the header matters, since the check must refuse it unread.
 */
function hugePngHeader(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth; colour type 0 (grey) is the zero left at offset 9
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(Buffer.alloc(width + 1))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

async function applySetup(dir: string, setup: NonNullable<CaseSpec['setup']>): Promise<void> {
  const piece = path.join(dir, 'pieces/jlamprang-tulis');
  switch (setup) {
    case 'symlink-outside': {
      const outside = path.join(path.dirname(dir), `${path.basename(dir)}-outside.png`);
      await writeImage(outside, '#000000');
      await rm(path.join(piece, 'full.png'));
      await symlink(outside, path.join(piece, 'full.png'));
      return;
    }
    case 'html-as-jpg':
      await writeFile(path.join(piece, 'full.jpg'), '<!doctype html><html><body>Not found</body></html>\n');
      return;
    case 'png-as-jpg':
      await writeImage(path.join(piece, 'full.jpg'), '#2b3a67');
      return;
    case 'huge-image':
      await writeFile(path.join(piece, 'full.png'), hugePngHeader(12000, 10000));
      return;
    case 'tiny-image':
      await writeImage(path.join(piece, 'full.png'), '#2b3a67', 88, 60);
      return;
    case 'media-is-folder':
      await rm(path.join(piece, 'full.png'));
      await cp(path.join(dir, 'terms'), path.join(piece, 'full.png'), { recursive: true });
      return;
    case 'photoshop-file':
      await writeFile(
        path.join(piece, 'full.psd'),
        Buffer.concat([Buffer.from('8BPS\0\x01'), Buffer.alloc(60)]),
      );
      return;
    case 'camera-raw':
      await writeFile(path.join(piece, 'full.dng'), makeTinyTiff({ dng: true, make: 'Apple' }));
      return;
    case 'empty-image':
      await writeFile(path.join(piece, 'full.png'), '');
      return;
    case 'truncated-jpeg': {
      const jpeg = await sharp(
        Buffer.from(Array.from({ length: 1200 * 800 * 3 }, (_, i) => (i * 7919) % 251)),
        {
          raw: { width: 1200, height: 800, channels: 3 },
        },
      )
        .jpeg()
        .toBuffer();
      await writeFile(path.join(piece, 'full.jpg'), jpeg.subarray(0, Math.floor(jpeg.length * 0.4)));
      return;
    }
    case 'multi-page-tiff': {
      const pages = await Promise.all(
        ['#2b3a67', '#f3ead8'].map((colour) =>
          sharp({ create: { width: 1200, height: 800, channels: 3, background: colour } })
            .png()
            .toBuffer(),
        ),
      );
      await sharp(pages, { join: { animated: true } })
        .tiff()
        .toFile(path.join(piece, 'full.tif'));
      return;
    }
    case 'yaml-is-folder':
      await rm(path.join(dir, 'makers.yaml'));
      await mkdir(path.join(dir, 'makers.yaml'));
      return;
    case 'pieces-is-file':
    case 'motifs-is-file':
    case 'terms-is-file': {
      // A folder replaced by a file of the same name, as a careless copy or a zip tool can leave it.
      const folder = path.join(dir, setup.slice(0, -'-is-file'.length));
      await rm(folder, { recursive: true });
      await writeFile(folder, 'jlamprang\n');
      return;
    }
    case 'yaml-symlink-loop':
      await rm(path.join(dir, 'places.yaml'));
      await symlink('places.yaml', path.join(dir, 'places.yaml'));
      return;
    case 'yaml-symlink-outside': {
      const outside = `${dir}-outside.yaml`;
      await cp(path.join(dir, 'places.yaml'), outside);
      await rm(path.join(dir, 'places.yaml'));
      await symlink(outside, path.join(dir, 'places.yaml'));
      return;
    }
    case 'yaml-is-pipe':
      // Reading a named pipe waits for a writer that never comes: the check must not open it.
      await rm(path.join(dir, 'places.yaml'));
      execFileSync('mkfifo', [path.join(dir, 'places.yaml')]);
      return;
    case 'undecodable-folder-name':
      // "kain-é" saved by an old Windows or Mac tool: Latin-1, not UTF-8.
      await mkdir(Buffer.concat([Buffer.from(`${dir}/pieces/kain-`), Buffer.from([0xe9])]));
      return;
  }
}

/** Builds the broken collection of one case: collection-min, minus `remove`, plus the case's files. */
export async function makeCaseCollection(spec: CaseSpec): Promise<string> {
  const dir = await makeMinCollection();
  for (const rel of spec.remove ?? []) await rm(path.join(dir, rel), { recursive: true, force: true });
  await cp(path.join(CASES_DIR, spec.name), dir, {
    recursive: true,
    filter: (src) => path.basename(src) !== 'case.yaml',
  });
  if (spec.edit) {
    const file = path.join(dir, spec.edit.file);
    const doc = parseDocument(await readFile(file, 'utf8'));
    for (const p of spec.edit.delete ?? []) doc.deleteIn(p);
    for (const { path: p, value, repeat } of spec.edit.set ?? [])
      doc.setIn(p, repeat ? repeated(repeat) : value);
    await writeFile(file, doc.toString());
  }
  if (spec.append)
    await appendFile(path.join(dir, spec.append.file), spec.append.parts.map(repeated).join(''));
  if (spec.setup) await applySetup(dir, spec.setup);
  return dir;
}

export async function removeCollection(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await rm(`${dir}-outside.png`, { force: true });
  await rm(`${dir}-outside.yaml`, { force: true });
}
