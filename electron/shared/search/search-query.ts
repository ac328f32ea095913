import type MiniSearch from 'minisearch';
import type { SearchOptions, SearchResult } from 'minisearch';
import type { DetailDocument, NameDocument } from './index-terms';
import type { SearchField } from './search-documents';
import { readYears, yearScore, type QuerySpan, type YearSpan } from './years';

/** Field boosts in the order the issue asks for: title, motif names, maker, place, texts. */
const FIELD_BOOSTS: Record<Exclude<SearchField, 'accession'>, number> = {
  title: 6,
  motif: 5,
  maker: 3,
  place: 2.5,
  label: 2,
  text: 1,
};

/** Where a typed prefix is expanded: names always; labels from three letters on (see below). */
const NAME_PREFIX_FIELDS: SearchField[] = ['title', 'motif', 'maker', 'place'];

/**
 * Labels (technique, colour, era words) only from three letters on: at two, they would add
 * thousands of weak matches while the visitor has not yet said what they look for.
 */
const MIN_LABEL_WORD = 3;

/**
 * Shortest query (letters and digits, words joined) that is searched at all. One letter would
 * expand to most of the collection, which is slow to rank and useless to show; the search screen
 * asks for a second letter instead.
 */
export const MIN_QUERY_LENGTH = 2;

/** Shortest word looked up in the descriptions (exact words only, never prefixes). */
const MIN_TEXT_WORD = 3;

/** Typo tolerance only for longer words, and never for numbers (a year 1944 is not 1945). */
const fuzzyFor = (term: string): number | false => (term.length >= 5 && !/\d/.test(term) ? 0.2 : false);

/**
 * A typo-tolerant match always ranks below the exact and prefix matches of the same word: its
 * score is scaled to at most this share of the weakest of them. Without it a fuzzy match on a rare
 * word ("merah", red, for "merak", peacock) could outscore the very cloth that was asked for.
 */
const LOOSE_SHARE = 0.5;

/** Options for every query: terms arrive canonical, one per query. */
const QUERY_OPTIONS: SearchOptions = {
  boost: FIELD_BOOSTS,
  tokenize: (text) => [text],
  processTerm: (term) => term,
};

/** The parts of a loaded index; `details` is absent while it is still loading. */
export interface IndexParts {
  names: MiniSearch<NameDocument>;
  details?: MiniSearch<DetailDocument>;
  /** Document id -> its date as spans of years (see datingSpans), for the documents that have one. */
  dates: Readonly<Record<string, readonly YearSpan[]>>;
}

/** Document id -> score. */
export type Scores = Map<string, number>;

/**
 * One word: a prefix (and, if long, fuzzy) match in names and labels, plus the exact word in
 * descriptions (never a prefix: that would touch most of the collection). Matches found only by
 * typo tolerance are ranked below the others (see LOOSE_SHARE).
 */
export function wordScores(parts: IndexParts, word: string): Scores {
  const typed = { prefix: true, fuzzy: fuzzyFor };
  const strict: Scores = new Map();
  const loose: Scores = new Map();
  const collect = (hits: SearchResult[]) => {
    for (const hit of hits) {
      const id = hit.id as string;
      const target = hit.terms.some((term) => term.startsWith(word)) ? strict : loose;
      target.set(id, (target.get(id) ?? 0) + hit.score);
    }
  };
  collect(parts.names.search(word, { ...QUERY_OPTIONS, ...typed, fields: NAME_PREFIX_FIELDS }));
  if (parts.details) {
    const query = {
      combineWith: 'OR' as const,
      queries: [
        ...(word.length >= MIN_LABEL_WORD ? [{ queries: [word], fields: ['label'], ...typed }] : []),
        ...(word.length >= MIN_TEXT_WORD ? [{ queries: [word], fields: ['text'] }] : []),
      ],
    };
    if (query.queries.length > 0) collect(parts.details.search(query, QUERY_OPTIONS));
  }
  return rankLooseBelow(strict, loose);
}

/** The strict matches, then the loose ones scaled below the weakest strict one (into `strict`). */
function rankLooseBelow(strict: Scores, loose: Scores): Scores {
  if (loose.size === 0) return strict;
  let weakest = Infinity;
  let looseOnlyBest = 0;
  for (const score of strict.values()) weakest = Math.min(weakest, score);
  for (const [id, score] of loose) if (!strict.has(id)) looseOnlyBest = Math.max(looseOnlyBest, score);
  const scale =
    strict.size > 0 && looseOnlyBest > weakest * LOOSE_SHARE ? (weakest * LOOSE_SHARE) / looseOnlyBest : 1;
  for (const [id, score] of loose) {
    // A document matched strictly keeps its loose matches in other fields as they are.
    const known = strict.get(id);
    strict.set(id, known === undefined ? score * scale : known + score);
  }
  return strict;
}

/** What a query asks for: its ordinary words and the years it names (see years.ts). */
export interface QueryPlan {
  words: string[];
  years: QuerySpan[];
}

/** Splits canonical query words into year expressions and ordinary words. */
export function planQuery(words: string[]): QueryPlan {
  const { spans, rest } = readYears(words, { lastIsTyping: true });
  return { words: rest, years: spans };
}

/** The documents whose dates answer a year span, plus the year as a word ("sejak 1900" in a text). */
function yearScores(parts: IndexParts, query: QuerySpan): Scores {
  const [from, to] = query.span;
  const scores = from === to && !query.prefix ? wordScores(parts, String(from)) : new Map<string, number>();
  for (const id in parts.dates) {
    const score = yearScore(query, parts.dates[id]!);
    if (score > 0) scores.set(id, (scores.get(id) ?? 0) + score);
  }
  return scores;
}

/**
 * All words and years of the query combined with `combineWith` (scores add up, as in MiniSearch;
 * OR asks for at least half of them), OR'ed with the words written together: typing
 * "mega mendung" also finds "Megamendung".
 */
export function queryScores(parts: IndexParts, plan: QueryPlan, combineWith: 'AND' | 'OR'): Scores {
  const { words } = plan;
  // A one-letter word is still being typed: it would expand to half the index; the joined form
  // below still uses it.
  const typed =
    words.length + plan.years.length > 1 ? words.filter((w) => w.length >= MIN_QUERY_LENGTH) : words;
  const perTerm = [
    ...typed.map((word) => wordScores(parts, word)),
    ...plan.years.map((span) => yearScores(parts, span)),
  ];
  if (perTerm.length === 1 && words.length <= 1) return perTerm[0]!;
  const joined = words.length > 1 ? wordScores(parts, words.join('')) : new Map<string, number>();
  return combine(perTerm, combineWith, joined);
}

/** Per-word scores combined (AND: all words; OR: at least half), then OR'ed with `extra`. */
function combine(perWord: Scores[], combineWith: 'AND' | 'OR', extra: Scores): Scores {
  const combined: Scores = new Map();
  if (perWord.length === 0) return extra;
  if (combineWith === 'AND') {
    const [smallest, ...others] = [...perWord].sort((a, b) => a.size - b.size);
    for (const [id, score] of smallest) {
      let total = score;
      for (const other of others) {
        const more = other.get(id);
        if (more === undefined) {
          total = -1;
          break;
        }
        total += more;
      }
      if (total >= 0) combined.set(id, total);
    }
  } else {
    // Any word may match, but at least half of them must: "mbp 2006 0099" (no such number) then
    // lists the 2006 pieces rather than every piece whose accession starts with MBP.
    const matched = new Map<string, number>();
    for (const scores of perWord) {
      addInto(combined, scores);
      for (const id of scores.keys()) matched.set(id, (matched.get(id) ?? 0) + 1);
    }
    for (const [id, count] of matched) if (count < Math.ceil(perWord.length / 2)) combined.delete(id);
  }
  addInto(combined, extra);
  return combined;
}

function addInto(target: Scores, scores: Scores): void {
  for (const [id, score] of scores) target.set(id, (target.get(id) ?? 0) + score);
}
