/**
 * Problems of an import, located as a curator sees the spreadsheet ("Sheet1, row 214, column F
 * (Teknik)") and worded in Indonesian and English. The JSON shape is `check`'s (`file`, `field`,
 * `kind`, `message`, `severity`) with the sheet, row and column added and `messageId` for the
 * Indonesian text.
 */
import type { CellProblem } from './cell-readers';

export interface InventoryProblem {
  /** The spreadsheet, the mapping file, a photo, or the piece.yaml the row would change. */
  file: string;
  sheet?: string;
  /** 1-based, as the spreadsheet numbers its rows. */
  row?: number;
  /** Its letter and header: `F (Teknik)`. */
  column?: string;
  /** The field of piece.yaml (or of the mapping file) the problem is in; '' for none. */
  field: string;
  kind: string;
  severity: 'error' | 'warning';
  message: string;
  messageId: string;
}

export interface ProblemPlace {
  file: string;
  sheet?: string;
  row?: number;
  column?: string;
  field?: string;
}

export function problemAt(place: ProblemPlace, problem: CellProblem): InventoryProblem {
  return {
    file: place.file,
    ...(place.sheet === undefined ? {} : { sheet: place.sheet }),
    ...(place.row === undefined ? {} : { row: place.row }),
    ...(place.column === undefined ? {} : { column: place.column }),
    field: place.field ?? '',
    kind: problem.kind,
    severity: problem.severity,
    message: problem.message.en,
    messageId: problem.message.id,
  };
}

/** Where a problem is, in one language: "Sheet1, baris 214, kolom F (Teknik)". */
export function placeText(problem: InventoryProblem, language: 'id' | 'en'): string {
  const words = language === 'id' ? { row: 'baris', column: 'kolom' } : { row: 'row', column: 'column' };
  const parts = [problem.sheet ? `${problem.file}, ${problem.sheet}` : problem.file];
  if (problem.row !== undefined) parts.push(`${words.row} ${problem.row}`);
  if (problem.column !== undefined) parts.push(`${words.column} ${problem.column}`);
  return parts.join(', ');
}
