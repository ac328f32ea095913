/** Opens an inventory file by its extension: `.xlsx`/`.xlsm`/`.ods` as workbooks, `.csv`/`.tsv`/`.txt` as text. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readCsv } from './read-csv';
import { readWorkbook } from './read-workbook';
import type { SheetTable } from './sheet-table';

export class InventoryFileError extends Error {}

const WORKBOOK = /\.(?:xlsx|xlsm|ods)$/i;
const TEXT = /\.(?:csv|tsv|txt)$/i;

export async function readInventoryFile(file: string): Promise<SheetTable[]> {
  const name = path.basename(file);
  if (!WORKBOOK.test(name) && !TEXT.test(name)) {
    throw new InventoryFileError(
      `${name}: not a spreadsheet this tool reads. Save it as .xlsx, .ods or .csv.`,
    );
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new InventoryFileError(
      `${name} cannot be read: ${(err as NodeJS.ErrnoException).code ?? String(err)}.`,
    );
  }
  if (TEXT.test(name)) return [readCsv(name, name.replace(TEXT, ''), bytes)];
  try {
    return readWorkbook(name, bytes);
  } catch (err) {
    throw new InventoryFileError(
      `${name} could not be opened as a workbook (${err instanceof Error ? err.message : String(err)}). Open it in a spreadsheet program and save it again as .xlsx or .ods.`,
    );
  }
}
