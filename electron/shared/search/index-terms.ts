import type { Options } from 'minisearch';
import { PHRASE_BREAK, type SearchDocument } from './search-documents';
import { createTermExpander, type ExpanderConfig, type TermExpander } from './term-expander';

/**
 * The index is two MiniSearch instances: `names` (titles, motif names, makers, places), small
 * enough to load at boot, and `details` (labels, summaries and descriptions), about three quarters
 * of the bytes, which loads in the background right after. A restart can answer searches for names
 * at once (see loadSearchIndex). Accession numbers and dates are searched outside MiniSearch
 * (accession-table.ts, years.ts).
 */
export const NAME_FIELDS = ['title', 'motif', 'maker', 'place'] as const;
export type NameDocument = Pick<SearchDocument, 'id' | (typeof NAME_FIELDS)[number]>;
export const DETAIL_FIELDS = ['label', 'text'] as const;
export type DetailDocument = Pick<SearchDocument, 'id' | (typeof DETAIL_FIELDS)[number]>;

/** Fields whose adjacent words are also indexed joined (short, name-like fields). */
const JOINED_FIELDS = new Set<string>(['title', 'motif', 'maker', 'place', 'label']);

/**
 * In a large collection, words found in more than this share of documents are left out of the
 * label and description fields ("batik" in every group label, "dan" in every description): they
 * carry almost no ranking information (BM25 gives them an IDF near zero) but cost the most work
 * per query. Titles and names are never filtered.
 */
export const STOPWORD_SHARE = 0.2;
export const STOPWORD_MIN_DOCS = 1000;

/** Collection-specific stop words per pre-tokenised field; persisted so updates filter alike. */
export interface StopWords {
  label: string[];
  text: string[];
}

/** Options of the names instance. */
export function nameOptions(config: ExpanderConfig): Options<NameDocument> {
  const expander = createTermExpander(config);
  return {
    fields: [...NAME_FIELDS],
    tokenize: (text, field) => nameFieldTerms(text, field ?? '', expander),
    // Terms leave the tokenizer canonical already; query terms are built canonical too.
    processTerm: (term) => term,
  };
}

/** The index terms of one name field's text: what the names instance's tokenizer gives. */
export function nameFieldTerms(text: string, field: string, expander: TermExpander): string[] {
  return fieldTerms(text, JOINED_FIELDS.has(field), expander);
}

/**
 * Each phrase's terms, in order, in one array. A plain loop rather than `flatMap`: this runs for
 * every field of every document at sync time, and the intermediate arrays were most of its cost.
 */
function fieldTerms(text: string, joinAdjacent: boolean, expander: TermExpander): string[] {
  if (!text.includes(PHRASE_BREAK)) return expander.terms(text, joinAdjacent);
  const out: string[] = [];
  for (const phrase of text.split(PHRASE_BREAK)) {
    for (const term of expander.terms(phrase, joinAdjacent)) out.push(term);
  }
  return out;
}

/** Options of the details instance; label and text arrive pre-tokenised (see `prepareDocuments`). */
export const DETAIL_OPTIONS: Options<DetailDocument> = {
  fields: [...DETAIL_FIELDS],
  tokenize: (text) => (text ? text.split(' ') : []),
  processTerm: (term) => term,
};

export interface PreparedDocuments {
  names: NameDocument[];
  details: DetailDocument[];
  stopWords: StopWords;
}

/**
 * Splits the documents for the two instances and replaces label and text by their index terms
 * (canonical, synonym-expanded) minus the stop words: computed from the documents when `stopWords`
 * is not given (a full build), reused when it is (an update keeps the existing index consistent).
 */
export function prepareDocuments(
  documents: SearchDocument[],
  config: ExpanderConfig,
  stopWords?: StopWords,
): PreparedDocuments {
  const terms = detailTerms(documents, createTermExpander(config));
  const stop = stopWords ?? stopWordsOf(terms);
  return {
    names: documents.map(nameDocument),
    details: detailDocuments(documents, terms, stop),
    stopWords: stop,
  };
}

/** The index terms of each document's label and text fields, before stop words are dropped. */
export interface DetailTerms {
  label: string[][];
  text: string[][];
}

export function detailTerms(documents: SearchDocument[], expander: TermExpander): DetailTerms {
  const termsOf = (field: 'label' | 'text') =>
    documents.map((doc) => fieldTerms(doc[field], JOINED_FIELDS.has(field), expander));
  return { label: termsOf('label'), text: termsOf('text') };
}

/** The collection's stop words, from the detail terms of all its documents. */
export function stopWordsOf(terms: DetailTerms): StopWords {
  return { label: commonTerms(terms.label), text: commonTerms(terms.text) };
}

/** The names instance's view of a document. */
export function nameDocument({ id, title, motif, maker, place }: SearchDocument): NameDocument {
  return { id, title, motif, maker, place };
}

/** The details instance's documents: label and text as terms minus stop words. */
export function detailDocuments(
  documents: Pick<SearchDocument, 'id'>[],
  terms: DetailTerms,
  stop: StopWords,
): DetailDocument[] {
  const keep = (list: string[], words: string[]) => {
    if (words.length === 0) return list.join(' ');
    const set = new Set(words);
    return list.filter((term) => !set.has(term)).join(' ');
  };
  return documents.map((doc, i) => ({
    id: doc.id,
    label: keep(terms.label[i], stop.label),
    text: keep(terms.text[i], stop.text),
  }));
}

function commonTerms(termLists: string[][]): string[] {
  if (termLists.length < STOPWORD_MIN_DOCS) return [];
  const documentFrequency = new Map<string, number>();
  for (const terms of termLists) {
    for (const term of new Set(terms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const limit = termLists.length * STOPWORD_SHARE;
  return [...documentFrequency].filter(([, count]) => count > limit).map(([term]) => term);
}

/**
 * FNV-1a hashes of a document's raw name fields and of its raw detail fields: tell an update which
 * documents changed without tokenising the unchanged ones.
 */
export function documentHashes(doc: SearchDocument): [names: number, details: number] {
  return [fnv1a(NAME_FIELDS.map((field) => doc[field])), fnv1a(DETAIL_FIELDS.map((field) => doc[field]))];
}

function fnv1a(values: string[]): number {
  let hash = 0x811c9dc5;
  for (const value of values) {
    for (let i = 0; i < value.length; i++) hash = Math.imul(hash ^ value.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 0x1f, 0x01000193);
  }
  return hash >>> 0;
}
