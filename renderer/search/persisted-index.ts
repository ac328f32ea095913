import type MiniSearch from 'minisearch';
import type { StopWords } from './index-terms';
import type { SuggestVocabulary } from './suggest-vocabulary';
import type { ExpanderConfig } from './term-expander';
import type { YearSpan } from './years';

/**
 * Version of the persisted JSON; a different one makes the sync rebuild instead of update.
 * 4: accession numbers and dates moved out of the details part into `accessions` and `dates`.
 */
export const FORMAT = 4;

/**
 * The persisted form is three JSON texts on three lines: this head, the document hashes, the
 * details part. Kept apart, boot parses only the head (JSON.stringify never writes a raw
 * newline); the hashes are parsed only by an update, the details part once, in the background.
 */
export interface Persisted {
  format: number;
  expander: ExpanderConfig;
  vocabulary: SuggestVocabulary;
  stopWords: StopWords;
  names: ReturnType<MiniSearch['toJSON']>;
  /** Document id -> accession number, for the documents that have one. */
  accessions: Record<string, string>;
  /** Document id -> date as spans of years (see datingSpans), for the documents that have one. */
  dates: Record<string, YearSpan[]>;
}

/** Document id -> hashes of its raw name and detail fields (see `documentHashes`). */
export type DocumentHashes = Record<string, [number, number]>;

/**
 * The persisted text, with the names part, the hashes and the details part given as JSON text
 * (what `JSON.stringify` makes of them): the same text as serialising the whole head at once.
 */
export function persistedText(
  head: Omit<Persisted, 'names'>,
  namesJson: string,
  hashesJson: string,
  detailsJson: string,
): string {
  const { accessions, dates, ...first } = head;
  const before = JSON.stringify(first).slice(0, -1);
  const after = JSON.stringify({ accessions, dates }).slice(1);
  return `${before},"names":${namesJson},${after}\n${hashesJson}\n${detailsJson}`;
}

/** Splits a persisted index into its parsed head and the other two lines; undefined if foreign. */
export function parsePersisted(
  json: string,
): { head: Persisted; hashesJson: string; detailsJson: string } | undefined {
  const first = json.indexOf('\n');
  const second = json.indexOf('\n', first + 1);
  if (first < 0 || second < 0) return undefined;
  try {
    const head = JSON.parse(json.slice(0, first)) as Partial<Persisted>;
    if (head.format !== FORMAT || !head.expander || !head.names || !head.accessions || !head.dates)
      return undefined;
    return {
      head: head as Persisted,
      hashesJson: json.slice(first + 1, second),
      detailsJson: json.slice(second + 1),
    };
  } catch {
    return undefined;
  }
}
