/**
 * One sheet of an inventory file as the importer sees it, whatever the file format: rows of cells
 * with the numbers a curator sees in the spreadsheet, so every problem can say "Sheet1, row 214,
 * column F".
 */

/** A cell as the readers hand it over: text, a number, a yes/no, a date cell, or nothing. */
export type Cell = string | number | boolean | Date | null;

export interface SheetTable {
  /** The file's name as the curator gave it on the command line. */
  file: string;
  /** The sheet's name; a CSV file's one sheet is named after the file. */
  sheet: string;
  /** `rows[i]` is spreadsheet row `firstRow + i` (1-based); blank rows are kept as empty arrays. */
  firstRow: number;
  /** `rows[i][j]` is column `firstColumn + j` (0-based: 0 is column A). */
  firstColumn: number;
  rows: Cell[][];
  /** For a text file: the encoding it was read in and the delimiter found. */
  encoding?: string;
  delimiter?: string;
}

/** Column letters as spreadsheets show them: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** A cell as one line of text: what a curator typed, with runs of white space made one space. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).replace(/\s+/g, ' ').trim();
}

/** True for a row with nothing in it (blank rows between blocks of an inventory are common). */
export function isBlankRow(row: readonly Cell[]): boolean {
  return row.every((cell) => cellText(cell) === '');
}
