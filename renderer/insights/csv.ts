/**
 * CSV for spreadsheets (the Insights export): RFC 4180 fields and CRLF line ends, UTF-8 with a
 * byte-order mark so Excel reads Javanese and Indonesian text as UTF-8 rather than the system code
 * page. A text cell that starts like a formula (= + - @, tab or CR) gets a leading apostrophe, so
 * a search text such as `=HYPERLINK(...)` stays text when the file is opened (OWASP "CSV
 * injection"). Numbers are written as they are: they are ours, never a visitor's text.
 */

export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The whole file as text: BOM, the header line, one line per row, each ended by CRLF. */
export function csvText(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  let text = `\uFEFF${header.map(csvCell).join(',')}\r\n`;
  for (const row of rows) text += `${row.map(csvCell).join(',')}\r\n`;
  return text;
}

export function csvBytes(header: readonly string[], rows: Iterable<readonly CsvCell[]>): Uint8Array {
  return new TextEncoder().encode(csvText(header, rows));
}
