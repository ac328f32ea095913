import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { elementKey } from '../../../../../../electron/node/sample-art/regions/element-keys';
import { collectionRegions } from '../../../../../../electron/node/sample-art/regions/collection-regions';
import {
  withRegions,
  writeCollectionRegions,
} from '../../../../../../electron/node/sample-art/regions/write-regions';

const COLLECTION = join(__dirname, '../../../../../../collection');

const PIECE = `# a curator's comment
title: { id: Kain, en: Cloth }
techniques: [tulis, celup]
media:
  - file: full.generated.jpg
    view: full # the whole cloth
    illustrative: true

  - file: detail.generated.jpg
    view: detail
    regions:
      - { part: kepala, box: [1, 2, 3, 4] }
notes: []
`;

describe('regions the generator writes', () => {
  it('derives element keys by the format rule', () => {
    expect(elementKey('bunga teratai (padma)')).toBe('bunga-teratai-padma');
    expect(elementKey('  Empat bentuk lonjong ')).toBe('empat-bentuk-lonjong');
  });

  it('splices regions into the YAML text, keeping every other byte, and a second pass changes nothing', () => {
    const media = [
      {
        file: 'full.generated.jpg',
        regions: [{ part: 'badan', box: [0, 38, 1564, 764] as [number, number, number, number] }],
      },
      {
        file: 'detail.generated.jpg',
        regions: [
          {
            element: 'kawung/titik-pusat',
            polygon: [
              [0, 0],
              [5, 0],
              [0, 5],
            ] as [number, number][],
          },
        ],
      },
    ];
    const once = withRegions(PIECE, media);
    expect(withRegions(once, media)).toBe(once);
    expect(once).toContain(
      "# a curator's comment\ntitle: { id: Kain, en: Cloth }\ntechniques: [tulis, celup]\n",
    );
    expect(once).toContain(
      '    view: full # the whole cloth\n    illustrative: true\n    regions:\n      - { part: badan, box: [0, 38, 1564, 764] }\n\n  - file: detail',
    );
    expect(once).toContain(
      '    regions:\n      - { element: kawung/titik-pusat, polygon: [[0, 0], [5, 0], [0, 5]] }\nnotes: []\n',
    );
    expect(once).not.toContain('[1, 2, 3, 4]');
    const parsed = parse(once) as { media: { regions: unknown }[] };
    expect(parsed.media.map((m) => m.regions)).toEqual(media.map((m) => m.regions));
  });

  it('takes the regions list out of an entry whose drawing no longer shows anything', () => {
    const out = withRegions(PIECE, [{ file: 'detail.generated.jpg', regions: [] }]);
    expect(out).toBe(PIECE.replace('    regions:\n      - { part: kepala, box: [1, 2, 3, 4] }\n', ''));
  });

  it("writes a collection's regions once: a second run writes no file", async () => {
    const root = await mkdtemp(join(tmpdir(), 'regions-'));
    try {
      const motif = join(root, 'motifs', 'kawung', 'motif.yaml');
      await mkdir(join(motif, '..'), { recursive: true });
      const text = [
        '# kawung',
        'family: kawung',
        'elements:',
        '  - { key: empat-bentuk-lonjong, name: { id: empat bentuk lonjong, en: four ovals } }',
        '  - { id: titik pusat, en: central point }',
        'media:',
        '  - file: drawing.generated.png',
        '    view: detail',
        '',
      ].join('\n');
      await writeFile(motif, text);
      expect((await writeCollectionRegions(root)).written).toEqual([motif]);
      const written = await readFile(motif, 'utf8');
      expect(written.startsWith(text.trimEnd())).toBe(true);
      expect(written).toMatch(
        /regions:\n {6}- \{ element: empat-bentuk-lonjong, box: \[\d+, \d+, \d+, \d+\] \}\n {6}- \{ element: titik-pusat, /,
      );
      const before = (await stat(motif)).mtimeMs;
      expect(await writeCollectionRegions(root)).toEqual({ written: [], unchanged: 1 });
      expect((await stat(motif)).mtimeMs).toBe(before);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('match what is committed in collection/, so they never drift from the drawings', async () => {
    const computed = await collectionRegions(COLLECTION);
    expect(computed.size).toBe(97);
    for (const [file, media] of computed) {
      const doc = parse(await readFile(file, 'utf8')) as { media: { file: string; regions?: unknown }[] };
      for (const { file: name, regions } of media) {
        const committed = doc.media.find((m) => m.file === name)?.regions ?? [];
        expect(committed, `${file} ${name}`).toEqual(regions);
      }
    }
  });
});
