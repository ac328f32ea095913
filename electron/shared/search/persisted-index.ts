import type MiniSearch from 'minisearch';
import { documentGroupLines, readDocumentGroups, type DocumentTables } from './document-groups';
import type { StopWords } from './index-terms';
import type { SuggestVocabulary } from './suggest-vocabulary';
import type { ExpanderConfig } from './term-expander';
import type { YearSpan } from './years';
import { packPart, type PackedPart } from './packed-postings';

/**
 * Version of the persisted JSON. A kiosk takes the index a build shipped only when it is of this
 * format (else it builds its own from the records).
 * 4: accession numbers and dates moved out of the details part into `accessions` and `dates`.
 * 5: the per-document tables (the names part's document ids and field lengths, accession numbers,
 * dates, hashes) moved out of the head and the hashes line into lines of document groups.
 * 6: the names and details parts' postings packed (packed-postings.ts), a third of the text.
 * Formats 4 and 5 still load (a kiosk whose collection has not changed since keeps its stored
 * index) and are written as 6 by their next update, but for an unchanged details part, which is
 * kept as it was stored: postings load in either form (packed-postings.ts).
 */
export const FORMAT = 6;

/** The formats stored in document groups: 5, and 6 whose postings are packed. */
const GROUPED_FORMATS: readonly number[] = [5, FORMAT];

/** Whether a head line is of a format stored in document groups (see `Persisted`). */
export function isGroupedHead(line: string): boolean {
  return GROUPED_FORMATS.some((format) => line.startsWith(`{"format":${format},`));
}

/** The format before the document groups: head, hashes, details. */
const FORMAT_WITHOUT_GROUPS = 4;

/**
 * An index as restored: the head with its per-document tables in place. Persisted (format 5), it
 * is a head line without those tables, one line per document group (document-groups.ts) and the
 * details part: boot parses the head and the groups (JSON.stringify never writes a raw newline),
 * the details part once, in the background; an update parses only the groups it changes.
 */
export interface Persisted {
  format: number;
  expander: ExpanderConfig;
  vocabulary: SuggestVocabulary;
  stopWords: StopWords;
  /** The names part, its postings packed (format 6, packed-postings.ts) or as MiniSearch's (formats 4, 5). */
  names: PackedPart;
  /** Document id -> accession number, for the documents that have one. */
  accessions: Record<string, string>;
  /** Document id -> date as spans of years (see datingSpans), for the documents that have one. */
  dates: Record<string, YearSpan[]>;
}

/** The head line of format 5: the small part of the head, the names part without its tables. */
interface PersistedHead {
  format: number;
  expander: ExpanderConfig;
  vocabulary: SuggestVocabulary;
  stopWords: StopWords;
  /** How many document group lines follow the head. */
  groups: number;
  names: Omit<PackedPart, 'documentIds' | 'fieldLength'>;
}

/** Document id -> hashes of its raw name and detail fields (see `documentHashes`). */
export type DocumentHashes = Record<string, [number, number]>;

/** A parsed index: the head, and the hashes (or their JSON, format 4) and details as JSON. */
export interface ParsedIndex {
  head: Persisted;
  /** The number of document groups it was stored in; undefined for format 4. */
  groups?: number;
  hashes?: DocumentHashes;
  hashesJson?: string;
  /** The details part's JSON; absent when it is read apart (`SplitIndexText`). */
  detailsJson?: string;
}

/**
 * A persisted index read in two: the text before the details part (its last line), with the
 * newline that ends it, and the details part, still being read. Names answer from the first; the
 * second is three quarters of the text, and a cold boot need not wait for it (issue 12: 8 of 10.8
 * MB at 10,000 pieces, about 200 ms of IndexedDB reading). Undefined when it could not be had.
 */
export interface SplitIndexText {
  front: string;
  details: Promise<string | undefined>;
}

/**
 * The persisted text: the head line (with the names part given as JSON text without its document
 * ids and field lengths, as `namesJsonWithoutTables` makes it), the document groups' lines, the
 * details part's JSON text.
 */
export function persistedText(
  head: Pick<Persisted, 'expander' | 'vocabulary' | 'stopWords'>,
  namesJson: string,
  tables: DocumentTables,
  groups: number,
  detailsJson: string,
): string {
  return [headLine(head, groups, namesJson), ...documentGroupLines(tables, groups), detailsJson].join('\n');
}

/** The head line of format 5, the names part given as JSON text without its tables. */
export function headLine(
  head: Pick<Persisted, 'expander' | 'vocabulary' | 'stopWords'>,
  groups: number,
  namesJson: string,
): string {
  const { expander, vocabulary, stopWords } = head;
  const before = JSON.stringify({ format: FORMAT, expander, vocabulary, stopWords, groups }).slice(0, -1);
  return `${before},"names":${namesJson}}`;
}

/** A names part as persisted (postings packed), without the document ids and field lengths, as JSON. */
export function namesJsonWithoutTables(names: ReturnType<MiniSearch['toJSON']>): string {
  const { documentIds: _ids, fieldLength: _lengths, ...rest } = packPart(names);
  return JSON.stringify(rest);
}

/**
 * Parses a head line of format 5 or 6 and the document groups given into an index's head (tables
 * holding only those groups' documents); undefined if foreign.
 */
export function parseGroupedHead(
  line: string,
  groupLines: Iterable<string>,
): { head: Persisted; groups: number; hashes: DocumentHashes } | undefined {
  const parsed = JSON.parse(line) as Partial<PersistedHead>;
  if (
    !GROUPED_FORMATS.includes(parsed.format!) ||
    !parsed.expander ||
    !parsed.names ||
    typeof parsed.groups !== 'number'
  )
    return undefined;
  const { groups, names, ...rest } = parsed as PersistedHead;
  const tables = readDocumentGroups(groupLines);
  const head: Persisted = {
    ...rest,
    names: { ...names, documentIds: tables.documentIds, fieldLength: tables.fieldLength },
    accessions: tables.accessions,
    dates: tables.dates,
  };
  return { head, groups, hashes: tables.hashes };
}

/** Splits a persisted index into its parsed head and the rest; undefined if foreign. */
export function parsePersisted(json: string): ParsedIndex | undefined {
  const last = json.lastIndexOf('\n');
  const parsed = last < 0 ? undefined : parsePersistedFront(json.slice(0, last + 1));
  return parsed && { ...parsed, detailsJson: json.slice(last + 1) };
}

/**
 * Parses the text before the details part (`SplitIndexText.front`, ending with its newline) into
 * the head and the hashes; undefined if foreign.
 */
export function parsePersistedFront(front: string): Omit<ParsedIndex, 'detailsJson'> | undefined {
  const first = front.indexOf('\n');
  const last = front.length - 1;
  if (first < 0 || last === first || front[last] !== '\n') return undefined;
  try {
    const headText = front.slice(0, first);
    if (headText.startsWith(`{"format":${FORMAT_WITHOUT_GROUPS},`)) {
      const head = JSON.parse(headText) as Partial<Persisted>;
      if (!head.expander || !head.names || !head.accessions || !head.dates) return undefined;
      return { head: head as Persisted, hashesJson: front.slice(first + 1, last) };
    }
    const lines = front.slice(first + 1, last).split('\n');
    const parsed = parseGroupedHead(headText, lines);
    if (!parsed || parsed.groups !== lines.length) return undefined;
    return parsed;
  } catch {
    return undefined;
  }
}
