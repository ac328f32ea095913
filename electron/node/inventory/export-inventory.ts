/**
 * `npm run collection -- export COLLECTION --to FILE.xlsx|FILE.csv`: the collection folder as the
 * inventory spreadsheet curators keep. One row per piece, one column per field and language, terms
 * by their labels in the collection's default language; the header row is the import's template,
 * so an export read back by `import` changes no file. An `.xlsx` also gets a sheet of motifs, a
 * frozen header row, filters and column widths.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { ProblemList } from '../collection/problems';
import { readCollection } from '../collection/read-collection';
import { PieceDocument } from './piece-document';
import { pieceFields, valueAt, type PieceField } from './piece-fields';
import { collectionNames, type CollectionNames } from './references';
import type { Cell } from './sheet-table';
import { freezeHeaderRows } from './xlsx-frozen-header';

export class InventoryExportError extends Error {}

export interface ExportResult {
  file: string;
  pieces: number;
  motifs: number;
  /** Piece folders whose piece.yaml could not be read as YAML, left out of the sheet. */
  skipped: string[];
}

interface Table {
  name: string;
  headers: string[];
  widths: number[];
  rows: Cell[][];
}

const headerOf = (field: Pick<PieceField, 'header'>, language: string): string =>
  language === 'id' ? field.header.id : field.header.en;

function piecesTable(
  pieces: { id: string; data: Record<string, unknown> }[],
  fields: readonly PieceField[],
  names: CollectionNames,
): Table {
  return {
    name: names.defaultLanguage === 'id' ? 'Kain' : 'Pieces',
    headers: fields.map((field) => headerOf(field, names.defaultLanguage)),
    widths: fields.map((field) => field.width),
    rows: pieces.map(({ id, data }) => fields.map((field) => (field.key === 'id' ? id : field.write(data)))),
  };
}

function motifsTable(
  motifs: { id: string; data: Record<string, unknown> }[],
  names: CollectionNames,
  usedBy: Map<string, number>,
): Table {
  const id = names.defaultLanguage === 'id';
  const languages = names.languages;
  const text = (value: unknown): Cell => (typeof value === 'string' ? value : null);
  return {
    name: 'Motif',
    headers: [
      'ID (folder)',
      ...languages.map((language) => `${id ? 'Nama' : 'Name'} (${language})`),
      id ? 'Keluarga' : 'Family',
      ...languages.map((language) => `${id ? 'Makna' : 'Meaning'} (${language})`),
      id ? 'Jumlah kain' : 'Pieces',
    ],
    widths: [24, ...languages.map(() => 24), 18, ...languages.map(() => 60), 12],
    rows: motifs.map((motif) => {
      const family = valueAt(motif.data, ['family']);
      return [
        motif.id,
        ...languages.map((language) => text(valueAt(motif.data, ['name', language]))),
        typeof family === 'string' ? names.terms('family').nameOf(family) : null,
        ...languages.map((language) => text(valueAt(motif.data, ['meaning', language]))),
        usedBy.get(motif.id) ?? 0,
      ];
    }),
  };
}

function toSheet(table: Table): XLSX.WorkSheet {
  // Text stays text ("2006.0010" must not become a number) and empty cells stay empty.
  const sheet = XLSX.utils.aoa_to_sheet([table.headers, ...table.rows]);
  sheet['!cols'] = table.widths.map((wch) => ({ wch }));
  const range = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1');
  sheet['!autofilter'] = {
    ref: XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: range.e.r, c: range.e.c } }),
  };
  return sheet;
}

/** Folder ids under pieces/ or motifs/ with their YAML as plain data, in accession or id order. */
async function readItems(
  root: string,
  folder: 'pieces' | 'motifs',
  ids: Iterable<string>,
  skipped: string[],
): Promise<{ id: string; data: Record<string, unknown> }[]> {
  const items: { id: string; data: Record<string, unknown> }[] = [];
  const file = folder === 'pieces' ? 'piece.yaml' : 'motif.yaml';
  for (const id of ids) {
    const text = await readFile(path.join(root, folder, id, file), 'utf8').catch(() => null);
    if (text === null) continue;
    const doc = PieceDocument.parse(text);
    if (doc.errors.length > 0) {
      skipped.push(`${folder}/${id}/${file}`);
      continue;
    }
    items.push({ id, data: doc.data() });
  }
  const key = (item: { id: string; data: Record<string, unknown> }) =>
    String(valueAt(item.data, ['accession']) ?? item.id);
  return items.sort(
    (a, b) => key(a).localeCompare(key(b), 'en', { numeric: true }) || a.id.localeCompare(b.id),
  );
}

export async function exportInventory(collectionDir: string, to: string): Promise<ExportResult> {
  const extension = path.extname(to).toLowerCase();
  if (extension !== '.xlsx' && extension !== '.csv') {
    throw new InventoryExportError(`${path.basename(to)}: export writes .xlsx or .csv.`);
  }
  const collection = await readCollection(collectionDir, new ProblemList());
  if (!collection.config) {
    throw new InventoryExportError(
      `${collectionDir} is not a collection folder with a valid collection.yaml: run "npm run collection -- check ${collectionDir}" first.`,
    );
  }
  const names = collectionNames(collection);
  const fields = pieceFields(names);
  const skipped: string[] = [];
  const pieces = await readItems(collectionDir, 'pieces', [...collection.ids.pieces].sort(), skipped);
  const motifs = await readItems(collectionDir, 'motifs', [...collection.ids.motifs].sort(), skipped);
  const pieceTable = piecesTable(pieces, fields, names);

  if (extension === '.csv') {
    // Numbers as JavaScript writes them: the sheet's "General" format would round 0.1 + 0.2.
    const exact = {
      ...pieceTable,
      rows: pieceTable.rows.map((row) => row.map((cell) => (typeof cell === 'number' ? String(cell) : cell))),
    };
    const csv = XLSX.utils.sheet_to_csv(toSheet(exact), { FS: ',', RS: '\r\n', blankrows: true });
    // The byte-order mark tells Excel the file is UTF-8 (without it, "Sekar Jagad – ..." is garbled).
    await writeFile(to, `\uFEFF${csv}\r\n`);
  } else {
    const usedBy = new Map<string, number>();
    for (const piece of pieces) {
      const list = valueAt(piece.data, ['motifs']);
      for (const entry of Array.isArray(list) ? (list as { motif?: unknown }[]) : []) {
        const motif = String(entry.motif);
        usedBy.set(motif, (usedBy.get(motif) ?? 0) + 1);
      }
    }
    const workbook = XLSX.utils.book_new();
    const tables = [pieceTable, motifsTable(motifs, names, usedBy)];
    for (const table of tables) XLSX.utils.book_append_sheet(workbook, toSheet(table), table.name);
    const bytes = XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', compression: true }) as Uint8Array;
    await writeFile(to, freezeHeaderRows(bytes, tables.length));
  }
  return { file: to, pieces: pieces.length, motifs: extension === '.xlsx' ? motifs.length : 0, skipped };
}
