import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProblemList } from '../../../../../electron/node/collection/problems';
import { readCollection } from '../../../../../electron/node/collection/read-collection';
import { headerReader, mapColumns } from '../../../../../electron/node/inventory/column-map';
import { readMappingFile } from '../../../../../electron/node/inventory/mapping-file';
import { pieceFields, type PieceField } from '../../../../../electron/node/inventory/piece-fields';
import { collectionNames } from '../../../../../electron/node/inventory/references';
import type { Cell, SheetTable } from '../../../../../electron/node/inventory/sheet-table';

const SAMPLE = path.resolve(import.meta.dirname, '../../../../../collection');
let fields: PieceField[];
let work: string;
beforeAll(async () => {
  fields = pieceFields(collectionNames(await readCollection(SAMPLE, new ProblemList())));
  work = await mkdtemp(path.join(tmpdir(), 'column-map-'));
});
afterAll(async () => rm(work, { recursive: true, force: true }));

const sheet = (rows: Cell[][], name = 'Sheet1'): SheetTable => ({
  file: 'inv.xlsx',
  sheet: name,
  firstRow: 1,
  firstColumn: 0,
  rows,
});
const options = () => ({ fields, languages: ['id', 'en', 'jv'], defaultLanguage: 'id' });

describe('headerReader: the headers curators write', () => {
  it.each([
    ['Nomor Inventaris', 'accession'],
    ['No. Inv', 'accession'],
    ['Accession number', 'accession'],
    ['Judul', 'title.id'],
    ['Title', 'title.id'],
    ['Judul (en)', 'title.en'],
    ['title.en', 'title.en'],
    ['Judul Inggris', 'title.en'],
    ['Title (English)', 'title.en'],
    ['Judul (Jawa)', 'title.jv'],
    ['Motif', 'motifs'],
    ['TEKNIK', 'techniques'],
    ['Asal', 'place'],
    ['Tahun', 'date'],
    ['Tahun (en)', 'date.en'],
    ['Tahun perolehan', 'acquisition.year'],
    ['Tinggi (cm)', 'dimensions.heightCm'],
    ['Keterangan', 'description.id'],
  ])('%s -> %s', (header, key) => {
    const read = headerReader(fields, ['id', 'en', 'jv'], 'id');
    expect(read(header)?.key).toBe(key);
  });

  it('recognises no header it does not know, and no language the collection does not offer', () => {
    const read = headerReader(fields, ['id', 'en'], 'id');
    expect(read('Catatan internal')).toBeUndefined();
    expect(read('Judul (Jawa)')).toBeUndefined();
    expect(read('')).toBeUndefined();
  });
});

describe('mapColumns', () => {
  it('finds the header row under title rows, and joins a language row under a merged header', () => {
    const { map, problems } = mapColumns(
      [
        sheet([
          ['Inventaris 2026'],
          [],
          ['No. Inv', 'Judul', 'Judul', 'Catatan'],
          [null, 'Indonesia', 'Inggris'],
          ['MBP.1', 'Kain', 'Cloth'],
        ]),
      ],
      options(),
    );
    expect(map!.dataStart).toBe(4);
    expect(map!.columns.map((c) => [c.label, c.field.key])).toEqual([
      ['A (No. Inv)', 'accession'],
      ['B (Judul (Indonesia))', 'title.id'],
      ['C (Judul (Inggris))', 'title.en'],
    ]);
    expect(problems).toEqual([
      expect.objectContaining({ kind: 'unknown-column', row: 3, column: 'D (Catatan)', severity: 'warning' }),
    ]);
  });

  it('uses the first sheet with an accession column, and skips a second column for the same field', () => {
    const { map, problems } = mapColumns(
      [sheet([['Catatan saja']], 'Catatan'), sheet([['Nomor inventaris', 'Judul', 'Title']], 'Data')],
      options(),
    );
    expect(map!.sheet.sheet).toBe('Data');
    expect(map!.columns.map((c) => c.field.key)).toEqual(['accession', 'title.id']);
    expect(problems[0]).toMatchObject({ kind: 'duplicate-column', column: 'C (Title)', severity: 'error' });
    expect(problems[0]!.message).toBe(
      'This column and column B (Judul) both hold title.id; this one is skipped.',
    );
  });

  it('follows a mapping file: its sheet, its header row, its columns, and columns it ignores', async () => {
    const file = path.join(work, 'mapping.yaml');
    await writeFile(
      file,
      'sheet: Data\nheaderRow: 2\ncolumns:\n  No. Registrasi: accession\n  Nama Kain: title.id\n  Judul: ignore\n',
    );
    const { mapping } = await readMappingFile(file, fields);
    const { map, problems } = mapColumns(
      [
        sheet([['No. Inv']], 'Lain'),
        sheet([['x'], ['No. Registrasi', 'Nama Kain', 'Judul'], ['R1', 'Kain', 'abaikan']], 'Data'),
      ],
      { ...options(), mapping: mapping! },
    );
    expect(problems).toEqual([]);
    expect(map!.columns.map((c) => c.field.key)).toEqual(['accession', 'title.id']);
    expect(map!.dataStart).toBe(2);
  });

  it('says which header to add when no row has an accession number column', () => {
    const { map, problems } = mapColumns(
      [
        sheet([
          ['Judul', 'Teknik'],
          ['Kain', 'cap'],
        ]),
      ],
      options(),
    );
    expect(map).toBeNull();
    expect(problems[0]).toMatchObject({ file: 'inv.xlsx', kind: 'no-accession-column', field: 'accession' });
    expect(problems[0]!.messageId).toContain('"Nomor inventaris"');
  });
});

describe('readMappingFile', () => {
  it('names the file and field of an unknown field key, with a guess', async () => {
    const file = path.join(work, 'typo.yaml');
    await writeFile(file, 'columns:\n  Nama: titel.id\n');
    const { mapping, problems } = await readMappingFile(file, fields);
    expect(mapping).toBeNull();
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'typo.yaml',
        field: 'columns.Nama',
        kind: 'unknown-field',
        message: '"titel.id" is not a known field. Did you mean "title.id"?',
      }),
    ]);
  });

  it('names the field of a mistake in the file itself', async () => {
    const file = path.join(work, 'bad.yaml');
    await writeFile(file, 'headerRow: three\n');
    const { problems } = await readMappingFile(file, fields);
    expect(problems[0]).toMatchObject({ file: 'bad.yaml', field: 'headerRow', kind: 'invalid-mapping' });
  });
});
