import type { Query, SearchOptions } from 'minisearch';
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

/** Everything but the long descriptions: the fields where a typed prefix is worth expanding. */
const NAME_FIELDS: SearchField[] = ['title', 'motif', 'accession', 'maker', 'place', 'label'];

/**
 * For a two-letter start, only the names themselves: labels (technique, colour, era words) would
 * add thousands of weak matches while the visitor has not yet said what they look for.
 */
const SHORT_PREFIX_FIELDS: SearchField[] = ['title', 'motif', 'accession', 'maker', 'place'];

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

/** Options for every query: terms arrive canonical, one per leaf. */
export const QUERY_OPTIONS: SearchOptions = {
  boost: FIELD_BOOSTS,
  tokenize: (text) => [text],
  processTerm: (term) => term,
};

/** One word: a prefix (and, if long, fuzzy) match in the name fields, or the exact word in descriptions. */
function wordQuery(word: string): Query {
  const fields = word.length <= MIN_QUERY_LENGTH ? SHORT_PREFIX_FIELDS : NAME_FIELDS;
  const names: Query = { queries: [word], fields, prefix: true, fuzzy: fuzzyFor };
  if (word.length < MIN_TEXT_WORD) return names;
  return { combineWith: 'OR', queries: [names, { queries: [word], fields: ['text'] }] };
}

/**
 * All query words combined with `combineWith`, OR'ed with the words written together: typing
 * "mega mendung" also finds "Megamendung", "mbp 2006 0012" finds MBP.2006.0012.
 */
export function queryTree(words: string[], combineWith: 'AND' | 'OR'): Query {
  if (words.length === 1) return wordQuery(words[0]);
  return {
    combineWith: 'OR',
    queries: [{ combineWith, queries: words.map(wordQuery) }, wordQuery(words.join(''))],
  };
}
