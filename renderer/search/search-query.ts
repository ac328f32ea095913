import type MiniSearch from 'minisearch';
import type { SearchOptions } from 'minisearch';
import type { DetailDocument, NameDocument } from './index-terms';
import type { SearchField } from './search-documents';

/** Field boosts in the order the issue asks for: title, motif names, accession, maker, place, texts. */
export const FIELD_BOOSTS: Record<SearchField, number> = {
  title: 6,
  motif: 5,
  accession: 4,
  maker: 3,
  place: 2.5,
  label: 2,
  text: 1,
};

/** Where a typed prefix is expanded: names always; labels and accession numbers, see `detailFields`. */
const NAME_PREFIX_FIELDS: SearchField[] = ['title', 'motif', 'maker', 'place'];

/**
 * Labels (technique, colour, era words) only from three letters on: at two, they would add
 * thousands of weak matches while the visitor has not yet said what they look for. Accession
 * numbers only once a digit is typed: "mbp" alone would expand to every number in the collection.
 */
function detailFields(word: string): SearchField[] {
  const fields: SearchField[] = [];
  if (/\d/.test(word)) fields.push('accession');
  if (word.length > MIN_QUERY_LENGTH) fields.push('label');
  return fields;
}

/**
 * Shortest query (letters and digits, words joined) that is searched at all. One letter would
 * expand to most of the collection, which is slow to rank and useless to show; the search screen
 * asks for a second letter instead.
 */
export const MIN_QUERY_LENGTH = 2;

/** Shortest word looked up in the descriptions (exact words only, never prefixes). */
const MIN_TEXT_WORD = 3;

/** Typo tolerance only for longer words, and never for numbers (accession 2006 is not 2007). */
const fuzzyFor = (term: string): number | false => (term.length >= 5 && !/\d/.test(term) ? 0.2 : false);

/** Options for every query: terms arrive canonical, one per query. */
const QUERY_OPTIONS: SearchOptions = {
  boost: FIELD_BOOSTS,
  tokenize: (text) => [text],
  processTerm: (term) => term,
};

/** The two parts of a loaded index; `details` is absent while it is still loading. */
export interface IndexParts {
  names: MiniSearch<NameDocument>;
  details?: MiniSearch<DetailDocument>;
}

/** Document id -> score. */
export type Scores = Map<string, number>;

/**
 * One word: a prefix (and, if long, fuzzy) match in names, accession numbers and labels, plus the
 * exact word in descriptions (never a prefix: that would touch most of the collection).
 */
export function wordScores(parts: IndexParts, word: string): Scores {
  const typed = { prefix: true, fuzzy: fuzzyFor };
  const scores: Scores = new Map();
  for (const hit of parts.names.search(word, { ...QUERY_OPTIONS, ...typed, fields: NAME_PREFIX_FIELDS })) {
    scores.set(hit.id as string, hit.score);
  }
  if (parts.details) {
    const fields = detailFields(word);
    const query = {
      combineWith: 'OR' as const,
      queries: [
        ...(fields.length > 0 ? [{ queries: [word], fields, ...typed }] : []),
        ...(word.length >= MIN_TEXT_WORD ? [{ queries: [word], fields: ['text'] }] : []),
      ],
    };
    for (const hit of query.queries.length > 0 ? parts.details.search(query, QUERY_OPTIONS) : []) {
      scores.set(hit.id as string, (scores.get(hit.id as string) ?? 0) + hit.score);
    }
  }
  return scores;
}

/**
 * All query words combined with `combineWith` (scores add up, as in MiniSearch; OR asks for at
 * least half of the words), OR'ed with the words written together: typing "mega mendung" also
 * finds "Megamendung", "mbp 2006 0012" finds MBP.2006.0012.
 */
export function queryScores(parts: IndexParts, words: string[], combineWith: 'AND' | 'OR'): Scores {
  if (parts.details && isAccessionLike(words)) return accessionScores(parts.details, words, combineWith);
  // A one-letter word is still being typed: it would expand to half the index; the joined form
  // below still uses it.
  const typed = words.length > 1 ? words.filter((word) => word.length >= MIN_QUERY_LENGTH) : words;
  const perWord = typed.map((word) => wordScores(parts, word));
  if (words.length === 1) return perWord[0];
  return combine(perWord, combineWith, wordScores(parts, words.join('')));
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

/**
 * Numbers, optionally after a short letter prefix: "MBP.2014.0012", "mbp 2014 00", "2006.0001",
 * "mbp20140012", "1935". Words with letters beyond a leading prefix make it an ordinary query.
 */
function isAccessionLike(words: string[]): boolean {
  return (
    words.some((word) => /\d/.test(word)) &&
    words.every((word, i) => /^\d+$/.test(word) || (i === 0 && /^[a-z]{1,4}\d*$/.test(word)))
  );
}

/**
 * Accession numbers (and years, for a lone number) as typed: complete parts exactly, the last part
 * as a prefix. Expanding every part as a prefix would touch every accession number in the
 * collection ("MBP.2" matches all of them) and cost tens of milliseconds per keystroke.
 */
function accessionScores(
  details: MiniSearch<DetailDocument>,
  words: string[],
  combineWith: 'AND' | 'OR',
): Scores {
  const search = (word: string, prefix: boolean, fields: SearchField[]) => {
    const scores: Scores = new Map();
    for (const hit of details.search(word, { ...QUERY_OPTIONS, fields, prefix }))
      scores.set(hit.id as string, hit.score);
    return scores;
  };
  if (words.length === 1)
    return search(words[0], true, /^\d+$/.test(words[0]) ? ['accession', 'label'] : ['accession']);
  // With its letter prefix and most digits typed, the number written whole is the narrowest
  // lookup ("MBP.2014.00" -> mbp201400...).
  const joined = words.join('');
  if (!/\d/.test(words[0]) && joined.replace(/\D/g, '').length >= 6)
    return search(joined, true, ['accession']);
  // Otherwise part by part; the letter prefix (MBP) is shared by the whole collection and
  // narrows nothing, and a one-digit last part stays exact rather than expand to every number.
  const parts = /\d/.test(words[0]) ? words : words.slice(1);
  const perWord = parts.map((word, i) =>
    search(word, i === parts.length - 1 && word.length > 1, ['accession']),
  );
  return combine(perWord, combineWith, new Map());
}

function addInto(target: Scores, scores: Scores): void {
  for (const [id, score] of scores) target.set(id, (target.get(id) ?? 0) + score);
}
