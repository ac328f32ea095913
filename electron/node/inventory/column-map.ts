/**
 * Finds the header row of an inventory sheet and which column holds which field: by the headers
 * curators write in Indonesian or English ("No. Inv", "Judul (Inggris)", "title.en"), by a two-row
 * header (a merged "Judul" over "id | en | jv"), or by the curator's mapping file.
 */
import { closestKey } from '../collection/schema/closest-key';
import { error } from './cell-readers';
import { problemAt, type InventoryProblem } from './inventory-problems';
import type { MappingFile } from './mapping-file';
import { LANGUAGE_NAMES, type PieceField } from './piece-fields';
import { cellText, columnLetter, type SheetTable } from './sheet-table';

/** How far down a sheet the header row is looked for (title rows and notes come first in many inventories). */
const HEADER_SEARCH_ROWS = 20;

export interface MappedColumn {
  /** Index into a row's cells. */
  index: number;
  /** As the problems name it: `F (Teknik)`. */
  label: string;
  field: PieceField;
}

export interface ColumnMap {
  sheet: SheetTable;
  /** Index into `sheet.rows` of the first data row. */
  dataStart: number;
  columns: MappedColumn[];
}

/** Lowercase letters and digits separated by single spaces: "No. Inv" = "no inv", "Tinggi (cm)" = "tinggi cm". */
function foldHeader(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The language a header suffix names, or undefined. */
function languageOf(words: string, languages: readonly string[]): string | undefined {
  if (languages.some((language) => foldHeader(language) === words)) {
    return languages.find((language) => foldHeader(language) === words);
  }
  for (const [code, names] of Object.entries(LANGUAGE_NAMES)) {
    if (names.includes(words) && languages.includes(code)) return code;
  }
  return undefined;
}

/** Reads headers to fields for one collection's field list and languages. */
export function headerReader(
  fields: readonly PieceField[],
  languages: readonly string[],
  defaultLanguage: string,
): (header: string) => PieceField | undefined {
  const plainFields = new Map<string, PieceField>();
  const languageFields = new Map<string, PieceField>();
  for (const field of fields) {
    for (const alias of [...field.aliases, field.key, field.header.id, field.header.en]) {
      const folded = foldHeader(alias);
      if (field.language === undefined) {
        if (!plainFields.has(folded)) plainFields.set(folded, field);
      } else {
        const key = `${folded}|${field.language}`;
        if (!languageFields.has(key)) languageFields.set(key, field);
      }
    }
  }
  return (header) => {
    const folded = foldHeader(header);
    if (folded === '') return undefined;
    const whole = plainFields.get(folded) ?? languageFields.get(`${folded}|${defaultLanguage}`);
    if (whole) return whole;
    const words = folded.split(' ');
    for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
      const language = languageOf(words.slice(-n).join(' '), languages);
      if (!language) continue;
      const field = languageFields.get(`${words.slice(0, -n).join(' ')}|${language}`);
      if (field) return field;
    }
    return undefined;
  };
}

/** A second header row of languages under merged headers: "Judul" over "id | en | jv". */
function languageRow(cells: readonly string[], languages: readonly string[]): boolean {
  const filled = cells.filter((text) => text !== '');
  return filled.length > 0 && filled.every((text) => languageOf(foldHeader(text), languages) !== undefined);
}

export interface ColumnMapOptions {
  fields: readonly PieceField[];
  languages: readonly string[];
  defaultLanguage: string;
  mapping?: MappingFile;
}

/** Headers of a row, joined with a language row under it when there is one. */
function headersAt(
  sheet: SheetTable,
  index: number,
  languages: readonly string[],
): { headers: string[]; rows: number } {
  const headers = (sheet.rows[index] ?? []).map((cell) => cellText(cell));
  const next = (sheet.rows[index + 1] ?? []).map((cell) => cellText(cell));
  if (!languageRow(next, languages)) return { headers, rows: 1 };
  const width = Math.max(headers.length, next.length);
  return {
    headers: Array.from({ length: width }, (_, i) =>
      next[i] ? `${headers[i] ?? ''} (${next[i]})` : (headers[i] ?? ''),
    ),
    rows: 2,
  };
}

/**
 * The sheet and columns to import: the first sheet (or the mapping's) whose header row, within its
 * first rows, has an accession number column. Problems name the file and, where one is at fault,
 * the column.
 */
export function mapColumns(
  sheets: readonly SheetTable[],
  options: ColumnMapOptions,
): { map: ColumnMap | null; problems: InventoryProblem[] } {
  const problems: InventoryProblem[] = [];
  const read = headerReader(options.fields, options.languages, options.defaultLanguage);
  const mapping = options.mapping;
  const byKey = new Map(options.fields.map((field) => [field.key, field]));
  const mapped = new Map<string, PieceField | null>();
  for (const [header, key] of Object.entries(mapping?.columns ?? {})) {
    mapped.set(foldHeader(header), key === null || key === 'ignore' ? null : (byKey.get(key) ?? null));
  }
  const fieldOf = (header: string): PieceField | null | undefined => {
    const folded = foldHeader(header);
    return mapped.has(folded) ? mapped.get(folded) : read(header);
  };

  const file = sheets[0]?.file ?? '';
  const candidates = mapping?.sheet === undefined ? sheets : sheets.filter((s) => s.sheet === mapping.sheet);
  if (mapping?.sheet !== undefined && candidates.length === 0) {
    problems.push(
      problemAt(
        { file: mapping.file, field: 'sheet' },
        error(
          'unknown-sheet',
          `${file} tidak punya lembar "${mapping.sheet}" (ada: ${sheets.map((s) => s.sheet).join(', ')}).`,
          `${file} has no sheet "${mapping.sheet}" (it has: ${sheets.map((s) => s.sheet).join(', ')}).`,
        ),
      ),
    );
    return { map: null, problems };
  }
  for (const sheet of candidates) {
    const rowsToTry =
      mapping?.headerRow === undefined
        ? Array.from({ length: Math.min(HEADER_SEARCH_ROWS, sheet.rows.length) }, (_, i) => i)
        : [mapping.headerRow - sheet.firstRow];
    for (const index of rowsToTry) {
      const { headers, rows } = headersAt(sheet, index, options.languages);
      const fields = headers.map((header) => fieldOf(header));
      if (!fields.some((field) => field?.key === 'accession')) continue;
      const columns: MappedColumn[] = [];
      const seen = new Map<string, string>();
      headers.forEach((header, i) => {
        const field = fields[i];
        const label = `${columnLetter(sheet.firstColumn + i)} (${header})`;
        if (!field) {
          if (header !== '' && field === undefined) {
            problems.push(
              problemAt(
                { file, sheet: sheet.sheet, row: sheet.firstRow + index, column: label },
                {
                  kind: 'unknown-column',
                  severity: 'warning',
                  message: {
                    id: `Kolom "${header}" tidak dikenali dan dilewati. Petakan kolom ini dalam file pemetaan (--mapping) bila isinya perlu diimpor.`,
                    en: `The column "${header}" is not recognised and is skipped. Map it in a mapping file (--mapping) if it should be imported.`,
                  },
                },
              ),
            );
          }
          return;
        }
        const earlier = seen.get(field.key);
        if (earlier !== undefined) {
          problems.push(
            problemAt(
              { file, sheet: sheet.sheet, row: sheet.firstRow + index, column: label, field: field.key },
              error(
                'duplicate-column',
                `Kolom ini dan kolom ${earlier} sama-sama berisi ${field.key}; kolom ini dilewati.`,
                `This column and column ${earlier} both hold ${field.key}; this one is skipped.`,
              ),
            ),
          );
          return;
        }
        seen.set(field.key, label);
        columns.push({ index: i, label, field });
      });
      for (const [header, key] of Object.entries(mapping?.columns ?? {})) {
        if (!headers.some((h) => foldHeader(h) === foldHeader(header))) {
          problems.push(
            problemAt(
              { file: mapping!.file, field: `columns.${header}` },
              {
                kind: 'unused-mapping',
                severity: 'warning',
                message: {
                  id: `Pemetaan untuk kolom "${header}" (${key ?? 'ignore'}) tidak terpakai: baris judul ${sheet.sheet} tidak punya kolom itu.`,
                  en: `The mapping for the column "${header}" (${key ?? 'ignore'}) is not used: the header row of ${sheet.sheet} has no such column.`,
                },
              },
            ),
          );
        }
      }
      return { map: { sheet, dataStart: index + rows, columns }, problems };
    }
  }
  const known = options.fields.find((field) => field.key === 'accession')!;
  problems.push(
    problemAt(
      { file, field: 'accession' },
      error(
        'no-accession-column',
        `Tidak ada baris judul dengan kolom nomor inventaris di ${mapping?.headerRow ? `baris ${mapping.headerRow}` : `${HEADER_SEARCH_ROWS} baris pertama`} (misalnya "${known.header.id}" atau "No. Inv"). Beri judul kolom itu, atau petakan dalam file pemetaan.`,
        `No header row with an accession number column was found in ${mapping?.headerRow ? `row ${mapping.headerRow}` : `the first ${HEADER_SEARCH_ROWS} rows`} (such as "${known.header.en}" or "No. Inv"). Give that column a header, or map it in a mapping file.`,
      ),
    ),
  );
  return { map: null, problems };
}

/** The field key a mistyped mapping value most likely meant. */
export function closestFieldKey(key: string, fields: readonly PieceField[]): string | undefined {
  return closestKey(key, [...fields.map((field) => field.key), 'ignore']);
}
