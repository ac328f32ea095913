import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCollection } from '../../../../../electron/node/collection/check';
import { importInventory, type ImportReport } from '../../../../../electron/node/inventory/import-inventory';
import { makeInventory, type Inventory } from '../../../../fixtures/inventory/make-inventory';
import { makeMinCollection, removeCollection, writeImage } from '../../../support/fixture-helper';

/** Every file under a folder with its bytes, to tell whether anything at all changed. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const { mtimeMs } = await stat(file);
    files.set(path.relative(dir, file), `${mtimeMs}:${(await readFile(file)).toString('base64')}`);
  }
  return files;
}

/** The fields of a piece.yaml these tests look at. */
interface PieceYaml {
  accession: string;
  title: Record<string, string>;
  techniques: string[];
  motifs: { motif: string; part?: string }[];
  production: { date: { display: Record<string, string>; earliest?: number; latest?: number } };
  dimensions?: { heightCm?: number };
  media: { view: string }[];
}

const pieceYaml = async (dir: string, id: string) =>
  parse(await readFile(path.join(dir, 'pieces', id, 'piece.yaml'), 'utf8')) as PieceYaml;

let work: string;
let inventory: Inventory;
let target: string;
let report: ImportReport;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'inventory-import-'));
  target = await makeMinCollection();
  inventory = await makeInventory({ collection: target, out: path.join(work, 'fixture'), rows: 320 });
  report = await importInventory({ file: inventory.xlsx, photos: inventory.photos, into: target });
}, 120_000);
afterAll(async () => {
  await removeCollection(target);
  await rm(work, { recursive: true, force: true });
});

describe('importInventory: a messy 320-row inventory and its photo folder', () => {
  it('finds the sheet under its title rows and a two-row header', () => {
    expect(report.sheet).toBe('Inventaris');
    expect(report.encoding).toBeUndefined();
  });

  it('creates every row the fixture expects and holds back every row it does not, naming why', () => {
    const held = new Map(report.heldBack.map((row) => [row.row, row]));
    const created = new Map(report.created.map((row) => [row.row, row]));
    expect(inventory.expected.length).toBe(320);
    expect(report.created.length + report.heldBack.length).toBe(320);
    for (const row of inventory.expected) {
      expect({
        row: row.row,
        outcome: held.has(row.row) ? 'heldBack' : created.has(row.row) ? 'created' : 'missing',
      }).toEqual({
        row: row.row,
        outcome: row.outcome,
      });
      const kinds = new Set(report.problems.filter((p) => p.row === row.row).map((p) => p.kind));
      for (const kind of row.kinds)
        expect({ row: row.row, kind, found: kinds.has(kind) }).toMatchObject({ found: true });
    }
    expect(inventory.expected.filter((row) => row.outcome === 'heldBack').length).toBeGreaterThan(20);
  });

  it('reads each created row into the values the fixture wrote, in the YAML', async () => {
    for (const row of inventory.expected.filter((r) => r.outcome === 'created')) {
      const piece = await pieceYaml(target, row.id);
      expect(piece.accession.trim().toUpperCase()).toBe(row.accession);
      expect(piece.techniques).toEqual(row.techniques);
      expect(piece.motifs).toEqual(row.motifs);
      expect(piece.production.date.display.id).toBe(row.date!.display);
      expect(piece.production.date.earliest).toBe(row.date!.earliest);
      expect(piece.production.date.latest).toBe(row.date!.latest);
      expect(piece.dimensions?.heightCm).toBe(row.heightCm);
      expect(piece.media).toHaveLength(row.views);
      expect(piece.media[0].view).toBe('full');
    }
  });

  it('locates every problem by sheet, row and column, in Indonesian and English', () => {
    const technique = report.problems.find((p) => p.kind === 'unknown-term' && p.column?.includes('Teknik'));
    expect(technique).toMatchObject({
      file: 'inventaris.xlsx',
      sheet: 'Inventaris',
      field: 'techniques',
      severity: 'error',
    });
    expect(technique!.column).toMatch(/^I \(Teknik\)$/);
    expect(technique!.message).toMatch(
      /is not known in the vocabulary \(terms\/technique\.yaml\)\. Did you mean "/,
    );
    expect(technique!.messageId).toMatch(
      /tidak dikenal di daftar istilah \(terms\/technique\.yaml\)\. Maksudnya "/,
    );
    const unknownColumn = report.problems.find((p) => p.kind === 'unknown-column');
    expect(unknownColumn).toMatchObject({ row: 4, column: 'P (Catatan internal)', severity: 'warning' });
  });

  it('lists the photos that match no row and the rows with no photo', () => {
    expect(report.unmatchedPhotos).toEqual(inventory.unmatchedPhotos);
    const withoutPhotos = inventory.expected.filter(
      (row) => row.views === 0 && !row.kinds.includes('duplicate-accession'),
    );
    expect(report.rowsWithoutPhotos.map((row) => row.row)).toEqual(withoutPhotos.map((row) => row.row));
  });

  it('leaves a collection that check accepts', async () => {
    const checked = await checkCollection(target);
    expect(checked.errors).toEqual([]);
    expect(checked.stats.pieces).toBe(3 + report.created.length);
  }, 120_000);

  it('changes no file when the same spreadsheet is imported again', async () => {
    const before = await snapshot(target);
    const again = await importInventory({ file: inventory.xlsx, photos: inventory.photos, into: target });
    expect({ created: again.created.length, updated: again.updated.length }).toEqual({
      created: 0,
      updated: 0,
    });
    expect(again.unchanged.length).toBe(report.created.length);
    expect(await snapshot(target)).toEqual(before);
  });

  it('reads the same inventory saved as .ods (LibreOffice) to the same pieces', async () => {
    const workbook = XLSX.read(await readFile(inventory.xlsx), { type: 'buffer', cellDates: true });
    const ods = path.join(work, 'inventaris.ods');
    await writeFile(ods, XLSX.write(workbook, { type: 'buffer', bookType: 'ods' }) as Buffer);
    const other = await makeMinCollection();
    try {
      const fromOds = await importInventory({ file: ods, photos: inventory.photos, into: other });
      expect(fromOds.sheet).toBe('Inventaris');
      expect(fromOds.created.map((row) => row.row)).toEqual(report.created.map((row) => row.row));
      for (const row of report.created.slice(0, 40)) {
        expect(await pieceYaml(other, row.id)).toEqual(await pieceYaml(target, row.id));
      }
    } finally {
      await removeCollection(other);
    }
  });

  it('reads the Windows-1252, semicolon-separated CSV of the same rows to the same pieces', async () => {
    const other = await makeMinCollection();
    try {
      const fromCsv = await importInventory({ file: inventory.csv, photos: inventory.photos, into: other });
      expect({ encoding: fromCsv.encoding, delimiter: fromCsv.delimiter }).toEqual({
        encoding: 'Windows-1252',
        delimiter: ';',
      });
      expect(fromCsv.created.map((row) => row.id)).toEqual(report.created.map((row) => row.id));
      // The curly quotes of the English titles survive the old encoding.
      const quoted = inventory.expected.find((row) => row.outcome === 'created' && (row.row - 6) % 3 !== 0)!;
      expect((await pieceYaml(other, quoted.id)).title.en).toMatch(/^“.+” cloth no\. \d+$/);
      for (const row of report.created.slice(0, 40)) {
        const a = await pieceYaml(target, row.id);
        const b = await pieceYaml(other, row.id);
        expect(b).toEqual(a);
      }
    } finally {
      await removeCollection(other);
    }
  });
});

describe('importInventory: existing pieces and a dry run', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeMinCollection();
  });
  afterAll(async () => removeCollection(dir));

  it('updates only the mapped fields of an existing piece and keeps its comments and other fields', async () => {
    const file = path.join(dir, 'pieces', 'kawung-cap', 'piece.yaml');
    const original = await readFile(file, 'utf8');
    await writeFile(file, `# Catatan kurator: jangan dihapus\n${original}`);
    const csv = path.join(work, 'update.csv');
    await writeFile(
      csv,
      'Accession number,Title (English),Teknik\nUJI.0002,Stamped kawung sarong (restored),Batik tulis\n',
    );
    const result = await importInventory({ file: csv, into: dir });
    expect(result.updated).toEqual([
      {
        row: 2,
        accession: 'UJI.0002',
        id: 'kawung-cap',
        changes: ['title.en', 'techniques'],
        diff: [
          { field: 'title.en', from: 'Stamped kawung sarong', to: 'Stamped kawung sarong (restored)' },
          { field: 'techniques', from: ['cap'], to: ['tulis'] },
        ],
      },
    ]);
    const text = await readFile(file, 'utf8');
    expect(text).toContain('# Catatan kurator: jangan dihapus');
    const piece = parse(text);
    const before = parse(original);
    expect(piece.title).toEqual({ ...before.title, en: 'Stamped kawung sarong (restored)' });
    expect(piece.techniques).toEqual(['tulis']);
    expect({ ...piece, title: before.title, techniques: before.techniques }).toEqual(before);
  });

  it('adds a new photo of an existing piece as a view, and copies a changed photo over its old file', async () => {
    const photos = path.join(work, 'update-photos');
    await mkdir(photos, { recursive: true });
    await writeImage(path.join(photos, 'UJI.0001-02.jpg'), '#336699', 400, 300);
    const csv = path.join(work, 'photos.csv');
    await writeFile(csv, 'Accession number\nUJI.0001\n');
    const first = await importInventory({ file: csv, photos, into: dir });
    expect(first.updated).toEqual([
      { row: 2, accession: 'UJI.0001', id: 'jlamprang-tulis', changes: ['media'], diff: [] },
    ]);
    const media = (await pieceYaml(dir, 'jlamprang-tulis')).media;
    expect(media.at(-1)).toEqual({
      file: 'uji.0001-02.jpg',
      view: 'detail',
      alt: expect.objectContaining({ id: expect.stringMatching(/^Foto detail /) }),
    });
    const again = await importInventory({ file: csv, photos, into: dir });
    expect(again.unchanged.map((row) => row.id)).toEqual(['jlamprang-tulis']);
    await writeImage(path.join(photos, 'UJI.0001-02.jpg'), '#993366', 400, 300);
    const replaced = await importInventory({ file: csv, photos, into: dir });
    expect(replaced.updated[0]!.changes).toEqual(['media']);
    expect((await pieceYaml(dir, 'jlamprang-tulis')).media).toHaveLength(media.length);
    expect(await readFile(path.join(dir, 'pieces/jlamprang-tulis/uji.0001-02.jpg'))).toEqual(
      await readFile(path.join(photos, 'UJI.0001-02.jpg')),
    );
  });

  it('writes nothing on a dry run and reports what would change', async () => {
    const before = await snapshot(dir);
    const csv = path.join(work, 'dry.csv');
    await writeFile(
      csv,
      'No. Inv;Judul;Ringkasan;Deskripsi;Tahun\nUJI.0002;Sarung baru;Ringkas.;Panjang.;1930\nUJI.9000;Kain baru;Ringkas.;Panjang.;c. 1900\n',
    );
    const result = await importInventory({ file: csv, into: dir, dryRun: true });
    expect(result.dryRun).toBe(true);
    expect(result.updated.map((row) => row.changes)).toEqual([
      ['title.id', 'summary.id', 'description.id', 'date'],
    ]);
    // The new row has no photo: it would be held back, and says why.
    expect(result.heldBack.map((row) => row.accession)).toEqual(['UJI.9000']);
    expect(result.problems.filter((p) => p.row === 3).map((p) => `${p.field} ${p.kind}`)).toEqual([
      'object required',
      'group required',
      'media required',
    ]);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('names the file and says what to do when no column holds accession numbers', async () => {
    const csv = path.join(work, 'no-accession.csv');
    await writeFile(csv, 'Nama,Teknik\nKain,cap\n');
    const result = await importInventory({ file: csv, into: dir });
    expect(result.sheet).toBeUndefined();
    expect(result.problems).toEqual([
      expect.objectContaining({ file: 'no-accession.csv', kind: 'no-accession-column', severity: 'error' }),
    ]);
    expect(result.problems[0]!.message).toMatch(/No header row with an accession number column/);
  });
});
