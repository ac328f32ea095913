import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCollection } from '../../../../../electron/node/collection/check';
import sharp from 'sharp';
import { makeMinCollection, removeCollection } from '../../../support/fixture-helper';

// The curator's guide walks through adding a motif and a piece with two photos. Its YAML must
// really pass the check, or the guide teaches mistakes.
const GUIDE = path.resolve(import.meta.dirname, '../../../../../collection/README.md');

async function guideBlock(startsWith: string): Promise<string[]> {
  const text = await readFile(GUIDE, 'utf8');
  const blocks = [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
  // The YAML primer also opens with an accession line; only full examples list media.
  return blocks.filter((b) => b.startsWith(startsWith) && b.includes('\nmedia:'));
}

let dir: string;
beforeAll(async () => {
  dir = await makeMinCollection();
});
afterAll(async () => {
  await removeCollection(dir);
});

describe("the curator's guide example", () => {
  it('has the same example in the Indonesian and the English section', async () => {
    expect(await guideBlock('name: { id: Ceplok Bintang')).toHaveLength(2);
    expect(await guideBlock('accession: MBP.2024.0007')).toHaveLength(2);
  });

  it.each([0, 1])('passes the check without errors or warnings (section %i)', async (section) => {
    const motif = (await guideBlock('name: { id: Ceplok Bintang'))[section]!;
    const piece = (await guideBlock('accession: MBP.2024.0007'))[section]!;
    await mkdir(path.join(dir, 'motifs/ceplok-bintang'), { recursive: true });
    await mkdir(path.join(dir, 'pieces/ceplok-bintang-2024'), { recursive: true });
    await writeFile(path.join(dir, 'motifs/ceplok-bintang/motif.yaml'), motif);
    await writeFile(path.join(dir, 'pieces/ceplok-bintang-2024/piece.yaml'), piece);
    for (const [file, w, h] of [
      ['motifs/ceplok-bintang/gambar-motif.jpg', 2000, 2000],
      ['pieces/ceplok-bintang-2024/foto-utuh.jpg', 4000, 1700],
      ['pieces/ceplok-bintang-2024/foto-detail.jpg', 1600, 1200],
    ] as const) {
      await sharp({ create: { width: w, height: h, channels: 3, background: '#2b3a67' } })
        .jpeg()
        .toFile(path.join(dir, file));
    }
    const report = await checkCollection(dir);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.stats).toMatchObject({ pieces: 4, motifs: 3, images: 9 });
  });
});
