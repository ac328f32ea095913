import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runDraw } from '../../../../../electron/node/cli/draw-command';
import { drawCollection } from '../../../../../electron/node/sample-art/draw-collection';

const PIECE = `
accession: T.1
object: sarung
group: pesisiran
motifs:
  - { motif: buketan, part: badan }
  - { motif: buketan, part: kepala }
dyes: [indigo, mengkudu]
colours: [merah-muda, biru-muda, hijau, putih-alam]
production: { era: kolonial-1900-1942 }
media:
  - { file: full.generated.jpg, view: full }
  - { file: kepala.generated.jpg, view: kepala }
  - { file: detail.generated.jpg, view: detail }
  - { file: photo.jpg, view: reverse }
  - { file: ../escape.generated.jpg, view: full }
`;
const MOTIF = `
name: { id: Kawung, en: Kawung }
family: kawung
colours: [soga, hitam, putih-alam]
media:
  - { file: drawing.generated.png, view: detail }
`;
/** Wrong types everywhere: the drawing script must still draw something, never crash. */
const BROKEN = `
object: [not, a, string]
motifs: 7
colours: { a: 1 }
media:
  - { file: full.generated.jpg }
  - nonsense
`;

let root: string;
const piece = (name: string, copy = 'a') => join(root, copy, 'pieces', 'sample-sarung', name);

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'sample-art-'));
  const write = async (path: string, text: string) => {
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(path, text);
  };
  await write(join(root, 'a', 'pieces', 'sample-sarung', 'piece.yaml'), PIECE);
  await write(join(root, 'a', 'pieces', 'broken', 'piece.yaml'), BROKEN);
  await write(join(root, 'a', 'pieces', 'not-yaml', 'piece.yaml'), ': : [unclosed');
  await write(join(root, 'a', 'motifs', 'kawung', 'motif.yaml'), MOTIF);
  await cp(join(root, 'a'), join(root, 'b'), { recursive: true });
  // 'a' in two child processes, 'b' one folder at a time in this one: the bytes must agree.
  await drawCollection(join(root, 'a'), { processes: 2 });
  await drawCollection(join(root, 'b'), { processes: 1 });
  // Tests that edit or delete files work on their own copy: vitest shuffles the test order.
  await cp(join(root, 'a'), join(root, 'c'), { recursive: true });
}, 60_000);

afterAll(() => rm(root, { recursive: true, force: true }));

describe('sample-art generator', () => {
  it('draws the full view 2000 px on the long side as a baseline JPEG, kepala at 1600, a 1200 px detail', async () => {
    const full = await sharp(piece('full.generated.jpg')).metadata();
    // Baseline, not progressive: a local file gains nothing from progressive display, and it took
    // twice as long to encode on a fresh clone's first `npm run web` (issue 12).
    expect(full).toMatchObject({ format: 'jpeg', width: 2000, isProgressive: false });
    expect(full.height).toBe(Math.round(2000 / (200 / 107)));
    const detail = await sharp(piece('detail.generated.jpg')).metadata();
    expect(Math.max(detail.width, detail.height)).toBe(1200);
    const kepala = await sharp(piece('kepala.generated.jpg')).metadata();
    expect(Math.max(kepala.width, kepala.height)).toBe(1600);
    const motif = await sharp(join(root, 'a', 'motifs', 'kawung', 'drawing.generated.png')).metadata();
    expect(motif).toMatchObject({ format: 'png', width: 1200, height: 1200 });
  });

  it('draws the same bytes in parallel processes as serially, and the same stamps', async () => {
    for (const file of [
      'pieces/sample-sarung/full.generated.jpg',
      'pieces/sample-sarung/kepala.generated.jpg',
      'pieces/sample-sarung/detail.generated.jpg',
      'pieces/sample-sarung/.stamp.generated.json',
      'pieces/broken/full.generated.jpg',
      'motifs/kawung/drawing.generated.png',
    ]) {
      const [a, b] = await Promise.all([readFile(join(root, 'a', file)), readFile(join(root, 'b', file))]);
      expect(a.equals(b), file).toBe(true);
    }
  });

  it('draws a cloth, not noise: the declared colours dominate', async () => {
    const { dominant } = await sharp(piece('full.generated.jpg')).stats();
    expect(dominant.r + dominant.g + dominant.b).toBeGreaterThan(500); // the pale ground of a pastel sarung
  });

  it('only draws files named *.generated.* inside the folder', async () => {
    await expect(stat(piece('photo.jpg'))).rejects.toThrow();
    await expect(stat(join(root, 'a', 'pieces', 'escape.generated.jpg'))).rejects.toThrow();
  });

  it('survives YAML with wrong types and still draws what it names', async () => {
    const meta = await sharp(join(root, 'a', 'pieces', 'broken', 'full.generated.jpg')).metadata();
    expect(meta.width).toBe(2000);
  });

  it('skips up-to-date files and redraws when the YAML changes', async () => {
    const before = (await stat(piece('full.generated.jpg', 'c'))).mtimeMs;
    const again = await drawCollection(join(root, 'c'));
    expect(again).toEqual({ drawn: 0, skipped: 5, failed: [] });
    expect((await stat(piece('full.generated.jpg', 'c'))).mtimeMs).toBe(before);

    await writeFile(
      piece('piece.yaml', 'c'),
      PIECE.replace('colours: [merah-muda, biru-muda, hijau, putih-alam]', 'colours: [soga, indigo]'),
    );
    const changed = await drawCollection(join(root, 'c'));
    expect(changed.drawn).toBe(3);
  }, 30_000);

  it('redraws a generated file that was deleted', async () => {
    await rm(piece('detail.generated.jpg', 'c'));
    expect((await drawCollection(join(root, 'c'))).drawn).toBe(1);
  }, 30_000);

  it('draws again only the folder whose input changed', async () => {
    const motif = join(root, 'c', 'motifs', 'kawung', 'drawing.generated.png');
    const before = await readFile(motif);
    await writeFile(
      join(root, 'c', 'motifs', 'kawung', 'motif.yaml'),
      MOTIF.replace('[soga, hitam, putih-alam]', '[indigo]'),
    );
    const folders: string[] = [];
    const summary = await drawCollection(join(root, 'c'), {
      onProgress: (_d, _t, folder) => folders.push(folder),
    });
    expect(summary).toMatchObject({ drawn: 1, failed: [] });
    expect(folders).toHaveLength(4);
    expect((await readFile(motif)).equals(before)).toBe(false);
  }, 30_000);

  it('prints plain progress lines with counts on stderr when not on a terminal', async () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      expect(await runDraw([join(root, 'a')])).toBe(0);
    } finally {
      spy.mockRestore();
    }
    expect(written.join('')).toContain('Drawing sample images: 4/4\n');
    expect(written.join('')).not.toContain('\r');
  });

  it('runs as the draw subcommand with an exit code', async () => {
    expect(await runDraw([join(root, 'a')])).toBe(0);
    expect(await runDraw(['--bogus'])).toBe(2);
  });
});
