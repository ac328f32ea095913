import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCollection } from '../../../../../electron/node/collection/check';
import type { InspectFn } from '../../../../../electron/node/collection/image-adapter';
import { imageWorkers } from '../../../../../electron/node/collection/image-adapter';
import { makeFormatFiles, ACCEPTED, REFUSED } from '../../../support/make-formats';
import { makeMinCollection, removeCollection } from '../../../support/fixture-helper';

const PIECE = 'pieces/jlamprang-tulis';
let dir: string;
let paths: Map<string, string>;

beforeAll(async () => {
  dir = await makeMinCollection();
  paths = await makeFormatFiles(path.join(dir, PIECE), [...ACCEPTED, ...REFUSED]);
}, 120_000);
afterAll(() => removeCollection(dir));

/** Points the piece's images at `names` (files in its folder), in order. */
async function useImages(names: string[]): Promise<void> {
  const file = path.join(dir, PIECE, 'piece.yaml');
  const doc = parseDocument(await readFile(file, 'utf8'));
  doc.setIn(
    ['media'],
    names.map((name) => ({ file: name, view: 'detail', alt: { id: 'Foto', en: 'Photo' } })),
  );
  await writeFile(file, doc.toString());
}

const nameOf = (caseName: string) => path.basename(paths.get(caseName)!);

describe('image problems as a curator reads them', () => {
  it.each([
    ['jpeg cut at 40%', 'unreadable-media', ['cut off', 'Copy or export it again']],
    ['png cut at 40%', 'unreadable-media', ['cut off']],
    ['photoshop', 'unsupported-format', ['Photoshop', 'Save a flattened copy as TIFF or JPEG']],
    ['nef', 'unsupported-format', ['Nikon NEF camera RAW', 'JPEG or TIFF']],
    ['pdf', 'unsupported-format', ['PDF document']],
    ['web page', 'not-an-image', ['a web page']],
    ['empty', 'empty-file', ['empty file (0 bytes)']],
  ])('%s: %s, with file, field and line, and no library text or absolute path', async (name, kind, words) => {
    await useImages([nameOf(name)]);
    const report = await checkCollection(dir);
    const yaml = (await readFile(path.join(dir, PIECE, 'piece.yaml'), 'utf8')).split('\n');
    const line = yaml.findIndex((l) => l.includes(`file: ${nameOf(name)}`)) + 1;
    expect(line).toBeGreaterThan(0);
    expect(report.errors).toEqual([
      expect.objectContaining({ file: `${PIECE}/piece.yaml`, field: 'media[0].file', line, kind }),
    ]);
    const { message } = report.errors[0]!;
    for (const word of words) expect(message).toContain(word);
    expect(message).toContain(`"${nameOf(name)}"`);
    expect(message).not.toContain(dir);
    expect(message).not.toMatch(/vips|libjpeg|spng|Error:/i);
  });

  it('warns that only the first page of a multi-page TIFF or the first frame of an animation is shown', async () => {
    await useImages([nameOf('tiff multi-page'), nameOf('gif animated')]);
    const report = await checkCollection(dir);
    expect(report.errors).toEqual([]);
    const pages = report.warnings.filter((w) => w.kind === 'multi-page-image');
    expect(pages.map((w) => [w.field, w.severity])).toEqual([
      ['media[0].file', 'warning'],
      ['media[1].file', 'warning'],
    ]);
    expect(pages[0]!.message).toContain('holds 2 pages; the kiosk shows only the first');
    expect(pages[1]!.message).toContain('2 frames');
  });

  it('accepts BMP and HEIC photos, and a BMP saved as .jpg only with the naming warning', async () => {
    await useImages([nameOf('bmp 24-bit'), nameOf('heic (HEVC)'), nameOf('bmp as .jpg')]);
    const report = await checkCollection(dir);
    expect(report.errors).toEqual([]);
    expect(report.warnings.filter((w) => w.kind === 'extension-mismatch').map((w) => w.field)).toEqual([
      'media[2].file',
    ]);
  });
});

describe('decoding every image', () => {
  it('runs a bounded number of images at once and reports in the order of the YAML', async () => {
    const names = Array.from({ length: 9 }, (_, i) => `copy-${i}.png`);
    for (const name of names) await copyFile(paths.get('tiff')!, path.join(dir, PIECE, name));
    await useImages(names);
    let running = 0;
    let most = 0;
    const slow: InspectFn = async (file) => {
      running += 1;
      most = Math.max(most, running);
      // The later entries finish first, so order of discovery differs from the YAML order.
      const n = Number(/copy-(\d)/.exec(file)?.[1] ?? 0);
      await new Promise((resolve) => setTimeout(resolve, 60 - n * 5));
      running -= 1;
      return { format: 'tiff', width: 10, height: 10, pages: 1, extensionMismatch: true };
    };
    const report = await checkCollection(dir, { inspect: slow });
    expect(most).toBeGreaterThan(0);
    expect(most).toBeLessThanOrEqual(imageWorkers());
    const mismatches = report.warnings.filter(
      (w) => w.kind === 'extension-mismatch' && w.file.startsWith(PIECE),
    );
    expect(mismatches.map((w) => w.field)).toEqual(names.map((_, i) => `media[${i}].file`));
  });

  it('counts every image inspected through onInspected, one that failed inspection too', async () => {
    await useImages([nameOf('tiff'), nameOf('jpeg')]);
    const all = (await checkCollection(dir)).stats.images;
    let inspected = 0;
    const failing: InspectFn = async () => {
      throw new Error('broken');
    };
    const report = await checkCollection(dir, { inspect: failing, onInspected: () => (inspected += 1) });
    expect(inspected).toBe(all);
    expect(report.errors.filter((e) => e.kind === 'unreadable-media')).toHaveLength(all);
  });
});
