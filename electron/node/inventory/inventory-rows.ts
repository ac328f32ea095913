/**
 * Reads the data rows of a mapped sheet: one piece per row, each cell through its field's reader,
 * with every problem located by sheet, row and column. Blank rows are skipped; a row without an
 * accession number, or with one an earlier row has, is held back.
 */
import type { Cell } from './sheet-table';
import { cellText, isBlankRow } from './sheet-table';
import { error } from './cell-readers';
import type { ColumnMap, MappedColumn } from './column-map';
import { problemAt, type InventoryProblem } from './inventory-problems';

interface Reading {
  column: MappedColumn;
  cell: Cell;
  value: unknown;
}

export interface InventoryRow {
  /** The row number the curator sees. */
  row: number;
  accession: string;
  /** Field key -> what its column holds (undefined value: an empty cell). */
  readings: Map<string, Reading>;
  problems: InventoryProblem[];
}

/** Accession numbers compare without case and surrounding spaces ("mbp.2006.0001 " = "MBP.2006.0001"). */
export const accessionKey = (accession: string): string => accession.trim().toUpperCase();

export function readRows(map: ColumnMap): InventoryRow[] {
  const { sheet } = map;
  const rows: InventoryRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (let index = map.dataStart; index < sheet.rows.length; index++) {
    const cells = sheet.rows[index]!;
    if (isBlankRow(cells)) continue;
    const rowNumber = sheet.firstRow + index;
    const readings = new Map<string, Reading>();
    const problems: InventoryProblem[] = [];
    for (const column of map.columns) {
      const cell = cells[column.index] ?? null;
      const read = column.field.read(cell);
      readings.set(column.field.key, { column, cell, value: read.value });
      if (read.problem) {
        problems.push(
          problemAt(
            {
              file: sheet.file,
              sheet: sheet.sheet,
              row: rowNumber,
              column: column.label,
              field: column.field.key,
            },
            read.problem,
          ),
        );
      }
    }
    const accessionColumn = map.columns.find((column) => column.field.key === 'accession')!;
    const accession = cellText(cells[accessionColumn.index]);
    const at = {
      file: sheet.file,
      sheet: sheet.sheet,
      row: rowNumber,
      column: accessionColumn.label,
      field: 'accession',
    };
    // Only the identifying cells filled in is still a row with something in it; nothing useful is not.
    if (accession === '') {
      problems.push(
        problemAt(
          at,
          error(
            'required',
            'Baris ini tidak punya nomor inventaris, jadi tidak bisa dicocokkan dengan kain mana pun.',
            'This row has no accession number, so it cannot be matched to any piece.',
          ),
        ),
      );
    } else {
      const earlier = firstRowOf.get(accessionKey(accession));
      if (earlier !== undefined) {
        problems.push(
          problemAt(
            at,
            error(
              'duplicate-accession',
              `Nomor inventaris ${accession} sudah ada di baris ${earlier}; baris ini ditahan.`,
              `The accession number ${accession} is already on row ${earlier}; this row is held back.`,
            ),
          ),
        );
      } else firstRowOf.set(accessionKey(accession), rowNumber);
    }
    rows.push({ row: rowNumber, accession, readings, problems });
  }
  return rows;
}
