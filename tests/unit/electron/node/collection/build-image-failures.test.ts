import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCollection } from '../../../../../electron/node/collection/build';
import type { BuildOptions } from '../../../../../electron/node/collection/build';
import { ImageProblem, OutputProblem } from '../../../../../electron/node/collection/image-adapter';
import { makeMinCollection, removeCollection } from '../../../support/fixture-helper';
import { fakeDeriveWith as deriveFailing } from '../../../support/fake-derive';

let source: string;
let out: string;

beforeEach(async () => {
  source = await makeMinCollection();
  out = await mkdtemp(path.join(tmpdir(), 'collection-out-'));
});
afterEach(async () => {
  await removeCollection(source);
  await rm(out, { recursive: true, force: true });
});

const build = (extra: Partial<BuildOptions>) => buildCollection({ source, out, tiles: false, ...extra });

async function lineOf(file: string, text: string): Promise<number> {
  const lines = (await readFile(path.join(source, file), 'utf8')).split('\n');
  return lines.findIndex((l) => l.includes(text)) + 1;
}

describe('a build failure on one image reads like the check', () => {
  it('names the file, field and line, in curator words, without the library text or the absolute path', async () => {
    const result = await build({
      derive: deriveFailing((file) =>
        file.endsWith(path.join('kawung-cap', 'full.png'))
          ? new ImageProblem('unreadable-media', file, `${file}: VipsJpeg: premature end of JPEG image`, {
              truncated: true,
            })
          : undefined,
      ),
    });
    // The image's piece is held back; the rest of the collection goes live.
    expect(result.heldBack.map((h) => h.id)).toEqual(['kawung-cap']);
    expect(result.errors).toEqual([
      expect.objectContaining({
        file: 'pieces/kawung-cap/piece.yaml',
        field: 'media[0].file',
        line: await lineOf('pieces/kawung-cap/piece.yaml', 'file: full.png'),
        kind: 'unreadable-media',
      }),
    ]);
    const { message } = result.errors[0]!;
    expect(message).toContain('"full.png" is cut off');
    expect(message).not.toMatch(/Vips|premature/);
    expect(message).not.toContain(source);
  });

  it('does not blame a photo that decodes when the pipeline itself fails on it', async () => {
    const result = await build({
      derive: deriveFailing((file) =>
        file.endsWith(path.join('kawung-cap', 'full.png'))
          ? new Error(`VipsForeignSaveDz: unable to build ${out}/cache/x/tiles_files`)
          : undefined,
      ),
    });
    expect(result.errors).toEqual([
      expect.objectContaining({
        file: 'pieces/kawung-cap/piece.yaml',
        field: 'media[0].file',
        kind: 'image-processing',
      }),
    ]);
    expect(result.errors[0]!.line).toBeGreaterThan(0);
    expect(result.errors[0]!.message).toContain('not of the photo');
    expect(result.errors[0]!.message).not.toMatch(/Vips|cache/);
  });

  it('says once, plainly, that a full disk is not a problem with the photos', async () => {
    const result = await build({
      derive: deriveFailing(
        () => new OutputProblem('disk-full', `ENOSPC: no space left on device, write '${out}/cache/ab/x'`),
      ),
    });
    expect(result.errors).toEqual([
      expect.objectContaining({ file: '', field: '', kind: 'cannot-write-output' }),
    ]);
    expect(result.errors[0]!.message).toContain('disk');
    expect(result.errors[0]!.message).toContain('full');
    expect(result.errors[0]!.message).toContain('not a problem with the photos');
    expect(result.errors[0]!.message).not.toContain(out);
  });
});

describe('the real pipeline with an output folder it cannot write to', () => {
  it('reports the output, not the photos', async () => {
    // A file where the cache folder should be: every write under it fails, even for root.
    const cacheDir = path.join(out, 'not-a-folder');
    await writeFile(cacheDir, 'x');
    const result = await build({ cacheDir });
    expect(result.ok).toBe(false);
    expect(result.errors.map((p) => p.kind)).toEqual(['cannot-write-output']);
    expect(result.errors[0]!.message).toContain('not a problem with the photos');
  });
});
