/**
 * Readers for one spreadsheet cell each, as inventories write them: numbers stored as text, a comma
 * as the decimal mark, "ya"/"tidak", terms by their labels. Each returns the value for the YAML, or
 * nothing for an empty cell, or a problem in Indonesian and English.
 */
import type { NamedList } from './references';
import { cellText, type Cell } from './sheet-table';
import { cellValues } from './term-cell';

/** A problem with one cell, before the importer adds where it is. */
export interface CellProblem {
  kind: string;
  severity: 'error' | 'warning';
  message: { id: string; en: string };
}

export type CellRead<T> = { value: T | undefined; problem?: CellProblem };

const quote = (text: string): string => `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;

export function error(kind: string, id: string, en: string): CellProblem {
  return { kind, severity: 'error', message: { id, en } };
}

export function readText(cell: Cell): CellRead<string> {
  const text = cell === null ? '' : cell instanceof Date ? cellText(cell) : String(cell).trim();
  // Line breaks inside a cell are kept (descriptions have paragraphs); trailing spaces are not.
  return { value: text === '' ? undefined : text.replace(/[ \t]+\n/g, '\n') };
}

/** A positive number: `110`, `"110 "`, `"110 cm"`, `"110,5"` (Indonesian decimal comma). */
export function readPositive(cell: Cell): CellRead<number> {
  if (typeof cell === 'number') {
    return cell > 0 && Number.isFinite(cell)
      ? { value: cell }
      : { value: undefined, problem: notPositive(String(cell)) };
  }
  const text = cellText(cell);
  if (text === '') return { value: undefined };
  const match = /^(\d+(?:[.,]\d+)?)\s*(?:cm)?$/i.exec(text);
  const value = match ? Number(match[1]!.replace(',', '.')) : NaN;
  return value > 0 ? { value } : { value: undefined, problem: notPositive(text) };
}

function notPositive(text: string): CellProblem {
  return error(
    'invalid-value',
    `${quote(text)} bukan angka positif (tulis misalnya 110 atau 110,5).`,
    `${quote(text)} is not a positive number (write for example 110 or 110.5).`,
  );
}

/** A year: `1995`, `"1995 "`, or a date cell. */
export function readYear(cell: Cell): CellRead<number> {
  if (cell instanceof Date) return { value: cell.getUTCFullYear() };
  const text = cellText(cell);
  if (text === '') return { value: undefined };
  return /^\d{3,4}$/.test(text)
    ? { value: Number(text) }
    : {
        value: undefined,
        problem: error(
          'invalid-value',
          `${quote(text)} bukan tahun (tulis empat angka, misalnya 1995).`,
          `${quote(text)} is not a year (write four digits, for example 1995).`,
        ),
      };
}

const YES = /^(?:ya|y|yes|true|benar|1|x|✓|✔)$/i;
const NO = /^(?:tidak|tdk|t|no|n|false|salah|0|-)$/i;

export function readYesNo(cell: Cell): CellRead<boolean> {
  if (typeof cell === 'boolean') return { value: cell };
  const text = cellText(cell);
  if (text === '') return { value: undefined };
  if (YES.test(text)) return { value: true };
  if (NO.test(text)) return { value: false };
  return {
    value: undefined,
    problem: error(
      'invalid-value',
      `${quote(text)}: tulis "ya" atau "tidak".`,
      `${quote(text)}: write "yes" or "no".`,
    ),
  };
}

/** What a list of names is called in a message, in both languages. */
export interface ListName {
  id: string;
  en: string;
}

function unknownName(text: string, suggestion: string | undefined, where: ListName): CellProblem {
  return error(
    'unknown-term',
    `${quote(text)} tidak dikenal di ${where.id}.${suggestion ? ` Maksudnya "${suggestion}"?` : ''}`,
    `${quote(text)} is not known in ${where.en}.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
  );
}

/** One name of a list: a term, a motif, a maker or a place. */
export function readName(text: string, list: NamedList, where: ListName): CellRead<string> {
  if (text === '') return { value: undefined };
  const read = list.read(text);
  return read.kind === 'term'
    ? { value: read.id }
    : { value: undefined, problem: unknownName(read.text, read.suggestion, where) };
}

/** Several names in one cell, separated by `;`; the first unknown one is the problem. */
export function readNames(cell: Cell, list: NamedList, where: ListName): CellRead<string[]> {
  const values = cellValues(cellText(cell));
  if (values.length === 0) return { value: undefined };
  const ids: string[] = [];
  for (const value of values) {
    const read = readName(value, list, where);
    if (read.problem) return { value: undefined, problem: read.problem };
    if (!ids.includes(read.value!)) ids.push(read.value!);
  }
  return { value: ids };
}
