/**
 * Reads a CSV (or tab-separated) inventory file the way spreadsheet programs save one: UTF-8 with or
 * without a byte-order mark, UTF-16 ("Unicode text" in Excel), or the Windows-1252 that Excel writes
 * for "CSV" on an Indonesian or English Windows; any of `,` `;` tab `|` as the delimiter (Excel
 * uses `;` where the decimal mark is a comma, as in Indonesia).
 */
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import type { Cell, SheetTable } from './sheet-table';

const DELIMITERS = [',', ';', '\t', '|'] as const;
/** Lines looked at to choose the delimiter: enough for a header and a few rows. */
const SAMPLE_LINES = 30;

export interface DecodedText {
  text: string;
  /** What was detected, as the report names it: `UTF-8`, `UTF-8 with BOM`, `UTF-16LE`, `Windows-1252`. */
  encoding: string;
}

/**
 * Text from a file's bytes. A byte-order mark decides; else valid UTF-8 is UTF-8; else it is taken
 * as Windows-1252 (a superset of Latin-1 that every byte decodes in), which is what Excel writes.
 * Node's own TextDecoder decodes "windows-1252" as Latin-1 (curly quotes and the euro sign come out
 * as control characters), hence iconv-lite.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 with BOM' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'Windows-1252' };
  }
}

function parseRows(text: string, delimiter: string, toLine?: number): string[][] {
  return parse(text, {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    ...(toLine === undefined ? {} : { to_line: toLine }),
  }) as string[][];
}

/**
 * The delimiter that splits the first lines into the most columns, the same number on each line;
 * a `;` inside a comma-separated file's cells (our own "several values" separator) must not win,
 * so consistency counts before width.
 */
export function detectDelimiter(text: string): string {
  const lines = text
    .split(/\r\n|\n|\r/)
    .slice(0, SAMPLE_LINES)
    .join('\n');
  let best: { delimiter: string; score: number } = { delimiter: ',', score: -1 };
  for (const delimiter of DELIMITERS) {
    let rows: string[][];
    try {
      rows = parseRows(lines, delimiter).filter((row) => row.some((cell) => cell.trim() !== ''));
    } catch {
      continue;
    }
    if (rows.length === 0) continue;
    const widths = rows.map((row) => row.length);
    const header = widths[0]!;
    if (header < 2) continue;
    const consistent = widths.filter((width) => width === header).length / widths.length;
    const score = consistent * 1000 + header;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

/** Name of the delimiter for the report. */
export function delimiterName(delimiter: string): string {
  return delimiter === '\t' ? 'tab' : delimiter;
}

/** A CSV file as one sheet named after the file. Cells stay text: "2006.0010" must not become 2006.001. */
export function readCsv(file: string, sheetName: string, bytes: Uint8Array): SheetTable {
  const { text, encoding } = decodeText(bytes);
  const delimiter = detectDelimiter(text);
  const rows: Cell[][] = parseRows(text, delimiter).map((row) =>
    row.every((cell) => cell.trim() === '') ? [] : row,
  );
  return { file, sheet: sheetName, firstRow: 1, firstColumn: 0, rows, encoding, delimiter };
}
