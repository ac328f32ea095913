import { canonicalWord, canonicalWords } from './normalise';

/**
 * Years as visitors type them and as curators write them in a date's display text: "1910",
 * "1920-an" / "1920an" / "1920s" (a decade), "1910-1920" (a range), "abad ke-19" / "19th century",
 * "tahun 1944" / "sekitar 1930" (a marker word that only says a year follows). Read from canonical
 * words (normalise.ts), so "1920-an" arrives as "1920", "an".
 */

/** A span of years, both ends included. An open end (e.g. "1800 to today") is ±OPEN_YEAR. */
export type YearSpan = readonly [from: number, to: number];

/** Stands for an open end; JSON cannot hold Infinity, and no cloth is dated past this. */
export const OPEN_YEAR = 9999;

/** A span found in a query, and whether the visitor may still be typing it ("191" -> 1910s). */
export interface QuerySpan {
  span: YearSpan;
  prefix: boolean;
}

/** Words that only announce a year: "tahun 1944", "year 1920", "sekitar 1930", "watawis 1930". */
const MARKERS = new Set(
  [
    'tahun',
    'taun',
    'thn',
    'th',
    'warsa',
    'year',
    'sekitar',
    'kira',
    'about',
    'around',
    'circa',
    'ca',
    'watawis',
  ].map(canonicalWord),
);
/** "abad ke-19", "abad kaping 19" (Javanese), "19th century". */
const CENTURY_WORDS = new Set(['abad', 'century'].map(canonicalWord));
const ORDINAL_LINKS = new Set(['ke', 'kaping'].map(canonicalWord));
/** The decade suffix, written apart ("1920-an", "1920's") or joined ("1920an", "1920s"). */
const DECADE_SUFFIXES = new Set(['an', 's']);

const YEAR = /^[12]\d{3}$/;
const DECADE_JOINED = /^([12]\d{2}0)(an|s)$/;
const ORDINAL = /^(\d{1,2})(st|nd|rd|t)$/; // canonical "19th" is "19t" (th -> t)
const ROMAN = /^[ivxl]+$/;

/** Reads the year expressions out of canonical words; `rest` keeps every other word, in order. */
export function readYears(words: readonly string[], options: { lastIsTyping?: boolean } = {}) {
  const spans: QuerySpan[] = [];
  const rest: string[] = [];
  for (let i = 0; i < words.length;) {
    const at = MARKERS.has(words[i]!) && i + 1 < words.length ? i + 1 : i;
    const found = spanAt(words, at, options.lastIsTyping === true);
    if (found) {
      spans.push(found.span);
      i = found.next;
    } else {
      rest.push(words[i]!);
      i++;
    }
  }
  return { spans, rest };
}

/** The span of the whole text (a date's display text): from its first year to its last. */
function yearsInText(text: string): YearSpan | null {
  const { spans } = readYears(canonicalWords(text));
  if (spans.length === 0) return null;
  return [Math.min(...spans.map((s) => s.span[0])), Math.max(...spans.map((s) => s.span[1]))];
}

function spanAt(words: readonly string[], i: number, lastIsTyping: boolean) {
  const word = words[i];
  if (word === undefined) return undefined;
  const next = words[i + 1];
  const decade = DECADE_JOINED.exec(word);
  if (decade) return found(decade10(Number(decade[1])), i + 1);
  if (YEAR.test(word)) {
    const year = Number(word);
    if (year % 10 === 0 && next !== undefined && DECADE_SUFFIXES.has(next))
      return found(decade10(year), i + 2);
    // "1910-1920": two years in order, as date texts write a range.
    if (next !== undefined && YEAR.test(next) && Number(next) > year && Number(next) - year <= 300)
      return found([year, Number(next)], i + 2);
    return found([year, year], i + 1);
  }
  const ordinal = ORDINAL.exec(word);
  if (ordinal && next !== undefined && CENTURY_WORDS.has(next))
    return found(century(Number(ordinal[1])), i + 2);
  if (CENTURY_WORDS.has(word) && next !== undefined) {
    const at = ORDINAL_LINKS.has(next) ? i + 2 : i + 1;
    const number = centuryNumber(words[at]);
    if (number) return found(century(number), at + 1);
  }
  // "191" as the last word: the visitor is typing a year, so the 1910s answer already.
  if (lastIsTyping && i === words.length - 1 && /^[12]\d{2}$/.test(word)) {
    return { span: { span: decade10(Number(word) * 10), prefix: true }, next: i + 1 };
  }
  return undefined;
}

function found(span: YearSpan, next: number) {
  return { span: { span, prefix: false }, next };
}

const decade10 = (start: number): YearSpan => [start, start + 9];
const century = (n: number): YearSpan => [(n - 1) * 100, n * 100 - 1];

function centuryNumber(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  if (/^\d{1,2}$/.test(word)) return Number(word) || undefined;
  if (!ROMAN.test(word)) return undefined;
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };
  let total = 0;
  for (let i = 0; i < word.length; i++) {
    const value = values[word[i]!]!;
    total += value < (values[word[i + 1] ?? ''] ?? 0) ? -value : value;
  }
  return total > 0 && total <= 30 ? total : undefined;
}

/**
 * The spans of a piece's production date or a motif's era: its earliest-latest years, and the
 * span its display text names when that is narrower or different ("sekitar 1944" on a cloth dated
 * 1942-1945 answers "1944" as well as a cloth made in 1944 does). Without years, the text's span.
 */
export function datingSpans(date: {
  display?: Record<string, string>;
  earliest?: number;
  latest?: number;
}): YearSpan[] {
  const spans: YearSpan[] = [];
  if (date.earliest !== undefined || date.latest !== undefined) {
    spans.push([date.earliest ?? -OPEN_YEAR, date.latest ?? OPEN_YEAR]);
  }
  const shown = Object.values(date.display ?? {})
    .map(yearsInText)
    .filter((span): span is YearSpan => span !== null);
  if (shown.length > 0) {
    const span: YearSpan = [Math.min(...shown.map((s) => s[0])), Math.max(...shown.map((s) => s[1]))];
    if (!spans.some((known) => known[0] === span[0] && known[1] === span[1])) spans.push(span);
  }
  return spans;
}

/** Scores of one query span against a record's span: how a cloth's date answers a typed year. */
const YEAR_SCORES = {
  /** The record lies inside the asked span (made in 1910, for "1910"; in 1923, for "1920-an"). */
  inside: 30,
  /** The record's span holds the asked one (1900-1920, for "1910"): narrower spans score higher. */
  holdsMax: 24,
  holdsMin: 8,
  /** The spans overlap, neither inside the other. */
  overlap: 6,
  /** The record is dated just outside (1912, for "1910"): "around" it, fading with the distance. */
  nearMax: 4,
} as const;

/** Years around the asked span that still count, for dates that are seldom exact. */
export const NEAR_YEARS = 5;

/** How well a record dated by `spans` answers `query` (its best span); 0 when it does not. */
export function yearScore(query: QuerySpan, spans: readonly YearSpan[]): number {
  let best = 0;
  for (const span of spans) best = Math.max(best, spanScore(query, span));
  return best;
}

function spanScore(query: QuerySpan, record: YearSpan): number {
  const [from, to] = query.span;
  const [start, end] = record;
  let score: number;
  if (start >= from && end <= to) score = YEAR_SCORES.inside;
  else if (start <= from && end >= to) {
    const extra = end - start - (to - from);
    score = YEAR_SCORES.holdsMin + ((YEAR_SCORES.holdsMax - YEAR_SCORES.holdsMin) * 10) / (10 + extra);
  } else if (start <= to && end >= from) score = YEAR_SCORES.overlap;
  else {
    const gap = start > to ? start - to : from - end;
    if (gap > NEAR_YEARS) return 0;
    score = (YEAR_SCORES.nearMax * (NEAR_YEARS + 1 - gap)) / (NEAR_YEARS + 1);
  }
  // A year still being typed ("191") matches as loosely as a prefix does.
  return query.prefix ? score / 2 : score;
}
