/**
 * Property: whatever a piece.yaml holds (within what the schema allows and a spreadsheet cell can
 * carry), exporting the collection and importing the spreadsheet into it changes no file.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportInventory } from '../../../../../electron/node/inventory/export-inventory';
import { importInventory } from '../../../../../electron/node/inventory/import-inventory';
import { makeMinCollection, removeCollection } from '../../../support/fixture-helper';

// collection-min's vocabularies, motifs, makers and places.
const TECHNIQUES = ['tulis', 'cap', 'printed'];
const COLOURS = ['indigo', 'soga', 'putih-alam'];
const DYES = ['alami', 'indigo', 'soga', 'sintetis'];
const MOTIFS = ['kawung', 'jlamprang'];
const PARTS = ['badan', 'kepala'];
const MAKERS = ['anonim-pekalongan', 'pabrik-solo'];
const PLACES = ['pekalongan', 'surakarta'];

/** Words as curators type them, with the characters that trip spreadsheets and CSV up. */
const word = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9À-ÿ]{1,10}$/),
  fc.constantFrom(
    '“Kawung”',
    'naïve',
    '1900',
    '2006.0010',
    '=SUM(A1)',
    'ya',
    'a,b',
    'x;y',
    '"quoted"',
    '(kepala)',
    '–',
    '漢字',
  ),
);
const line = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));
/** A text: lines of words, no space at either end of a line (a cell keeps no trailing spaces). */
const text = fc.array(line, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n'));
const langMap = fc.record({ id: text, en: text, jv: text }, { requiredKeys: ['id'] });
const subset = <T>(items: T[]) => fc.shuffledSubarray(items);

const piece = (others: string[]) =>
  fc.record(
    {
      accession: fc.stringMatching(/^[A-Z]{2,4}\.\d{4}\.\d{4}$/),
      object: fc.constantFrom('kain-panjang', 'sarung'),
      group: fc.constantFrom('pesisiran', 'pedalaman'),
      title: langMap,
      summary: langMap,
      description: langMap,
      motifs: subset(MOTIFS).chain((ids) =>
        fc.tuple(
          ...ids.map((motif) =>
            fc
              .option(fc.constantFrom(...PARTS), { nil: undefined })
              .map((part) => (part ? { motif, part } : { motif })),
          ),
        ),
      ),
      techniques: subset(TECHNIQUES),
      dyes: subset(DYES).filter((list) => list.length > 0),
      colours: subset(COLOURS).filter((list) => list.length > 0),
      fabric: fc.constant('mori-primissima'),
      production: fc.record(
        {
          makers: subset(MAKERS)
            .filter((list) => list.length > 0)
            .chain((ids) =>
              fc.tuple(
                ...ids.map((maker) =>
                  fc.record({
                    maker: fc.constant(maker),
                    role: fc.constantFrom('pembatik', 'bengkel'),
                    certainty: fc.constantFrom('certain', 'attributed', 'uncertain'),
                  }),
                ),
              ),
            ),
          place: fc.constantFrom(...PLACES),
          region: fc.constantFrom('pesisir-utara', 'vorstenlanden'),
          era: fc.constantFrom('pre-1900', 'modern'),
          date: fc
            .tuple(
              line,
              fc.option(line, { nil: undefined }),
              fc.option(fc.integer({ min: 1500, max: 2030 }), { nil: undefined }),
              fc.nat(60),
            )
            .map(([id, en, earliest, span]) => ({
              display: en === undefined ? { id } : { id, en },
              ...(earliest === undefined ? {} : { earliest, latest: earliest + span }),
            })),
        },
        { requiredKeys: ['date'] },
      ),
      dimensions: fc.record(
        {
          heightCm: fc.double({ min: 0.5, max: 900, noNaN: true }),
          widthCm: fc.integer({ min: 1, max: 900 }),
          note: langMap,
        },
        { requiredKeys: [] },
      ),
      acquisition: fc.record(
        { method: line, year: fc.integer({ min: 1900, max: 2030 }), source: line, credit: langMap },
        { requiredKeys: [] },
      ),
      rights: langMap,
      display: fc.record({ onDisplay: fc.boolean(), location: langMap }, { requiredKeys: ['onDisplay'] }),
      related: subset(others),
      notes: fc.array(langMap, { maxLength: 2 }),
    },
    {
      requiredKeys: [
        'accession',
        'object',
        'group',
        'title',
        'summary',
        'description',
        'motifs',
        'techniques',
        'production',
      ],
    },
  );

async function yamlTexts(dir: string): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const entry of await readdir(path.join(dir, 'pieces'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.yaml')) {
      const file = path.join(entry.parentPath, entry.name);
      texts.set(file, await readFile(file, 'utf8'));
    }
  }
  return texts;
}

let dir: string;
beforeAll(async () => {
  dir = await makeMinCollection();
});
afterAll(async () => removeCollection(dir));

const IDS = ['prop-a', 'prop-b', 'prop-c', 'prop-d'];

describe('export then import: a round trip without loss', () => {
  it.each(['xlsx', 'csv'])(
    'changes no piece.yaml through .%s, whatever the pieces hold',
    async (format) => {
      await fc.assert(
        fc.asyncProperty(
          fc.tuple(...IDS.map((id) => piece(IDS.filter((other) => other !== id)))),
          async (pieces) => {
            const accessions = new Set(pieces.map((p) => p.accession));
            fc.pre(accessions.size === pieces.length);
            for (const [i, data] of pieces.entries()) {
              const folder = path.join(dir, 'pieces', IDS[i]!);
              await mkdir(folder, { recursive: true });
              const media = [{ file: 'full.jpg', view: 'full', alt: { id: 'Foto' } }];
              await writeFile(path.join(folder, 'piece.yaml'), stringify({ ...data, media }));
            }
            const before = await yamlTexts(dir);
            const file = path.join(dir, `..`, `${path.basename(dir)}-round.${format}`);
            try {
              await exportInventory(dir, file);
              const report = await importInventory({ file, into: dir });
              expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
              expect({ created: report.created, updated: report.updated, heldBack: report.heldBack }).toEqual(
                {
                  created: [],
                  updated: [],
                  heldBack: [],
                },
              );
              expect(await yamlTexts(dir)).toEqual(before);
            } finally {
              await rm(file, { force: true });
            }
          },
        ),
        { numRuns: 25 },
      );
    },
    120_000,
  );
});
