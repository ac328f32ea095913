/**
 * Reads an `.xlsx` or `.ods` inventory with SheetJS (the community edition, as republished on npm
 * by `@e965/xlsx`; see the README for why not the registry's `xlsx`). Every sheet comes back with
 * its real row and column numbers, date cells as dates, and merged cells filled from their first
 * cell, so a header merged across two columns names both.
 */
import * as XLSX from '@e965/xlsx';
import type { Cell, SheetTable } from './sheet-table';

function cellValue(cell: XLSX.CellObject | undefined): Cell {
  if (!cell || cell.v === undefined || cell.t === 'z' || cell.t === 'e') return null;
  if (cell.v instanceof Date) return cell.v;
  return cell.v as string | number | boolean;
}

function readSheet(file: string, name: string, sheet: XLSX.WorkSheet): SheetTable {
  const ref = sheet['!ref'];
  if (!ref) return { file, sheet: name, firstRow: 1, firstColumn: 0, rows: [] };
  const range = XLSX.utils.decode_range(ref);
  const rows: Cell[][] = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const row: Cell[] = [];
    for (let c = range.s.c; c <= range.e.c; c++) {
      row.push(cellValue(sheet[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined));
    }
    // Trailing empty cells say nothing and would make every row as wide as the widest.
    while (row.length > 0 && (row.at(-1) === null || row.at(-1) === '')) row.pop();
    rows.push(row);
  }
  for (const merge of sheet['!merges'] ?? []) {
    const value = rows[merge.s.r - range.s.r]?.[merge.s.c - range.s.c] ?? null;
    for (let r = merge.s.r; r <= merge.e.r; r++) {
      const row = rows[r - range.s.r];
      if (!row) continue;
      for (let c = merge.s.c; c <= merge.e.c; c++) row[c - range.s.c] = value;
    }
  }
  return { file, sheet: name, firstRow: range.s.r + 1, firstColumn: range.s.c, rows };
}

/** Every sheet of a workbook, in the workbook's order. Throws when the bytes are not a workbook. */
export function readWorkbook(file: string, bytes: Uint8Array): SheetTable[] {
  const workbook = XLSX.read(bytes, { type: 'buffer', cellDates: true, dense: false });
  return workbook.SheetNames.map((name) => readSheet(file, name, workbook.Sheets[name]!));
}
