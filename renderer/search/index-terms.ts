import type { Options } from 'minisearch';
import { canonicalWords } from './normalise';
import { PHRASE_BREAK, type SearchDocument } from './search-documents';
import { createTermExpander, type ExpanderConfig, type TermExpander } from './term-expander';

/** Fields whose adjacent words are also indexed joined (short, name-like fields). */
const JOINED_FIELDS = new Set<string>(['title', 'motif', 'maker', 'place', 'label']);

/**
 * In a large collection, words found in more than this share of documents are left out of the
 * label and description fields ("batik" in every group label, "dan" in every description): they
 * carry almost no ranking information (BM25 gives them an IDF near zero) but cost the most work
 * per query. Titles and names are never filtered.
 */
const TEXT_STOPWORD_SHARE = 0.2;
const TEXT_STOPWORD_MIN_DOCS = 1000;

/** Fields that arrive pre-tokenised (see `pretokenise`), filtered by document frequency. */
const PRETOKENISED = ['label', 'text'] as const;

/**
 * MiniSearch options shared by building and loading. The label and text fields arrive
 * pre-tokenised, so their tokenizer only splits on spaces.
 */
export function miniSearchOptions(config: ExpanderConfig): Options<SearchDocument> {
  const expander = createTermExpander(config);
  return {
    fields: ['title', 'motif', 'accession', 'maker', 'place', 'label', 'text'],
    tokenize: (text, field) => {
      if (field === 'label' || field === 'text') return text ? text.split(' ') : [];
      return text
        .split(PHRASE_BREAK)
        .flatMap((phrase) =>
          field === 'accession'
            ? accessionTerms(phrase)
            : expander.terms(phrase, JOINED_FIELDS.has(field ?? '')),
        );
    },
    // Terms leave the tokenizer canonical already; query terms are built canonical too.
    processTerm: (term) => term,
  };
}

/**
 * Replaces each document's label and text by their index terms (canonical, synonym-expanded),
 * minus the collection's own stop words when it is large enough for them to matter.
 */
export function pretokenise(documents: SearchDocument[], config: ExpanderConfig): SearchDocument[] {
  const expander: TermExpander = createTermExpander(config);
  const out = documents.map((doc) => ({ ...doc }));
  for (const field of PRETOKENISED) {
    const termLists = documents.map((doc) =>
      doc[field].split(PHRASE_BREAK).flatMap((phrase) => expander.terms(phrase, JOINED_FIELDS.has(field))),
    );
    const stop = commonTerms(termLists);
    termLists.forEach((terms, i) => {
      out[i][field] = (stop.size ? terms.filter((term) => !stop.has(term)) : terms).join(' ');
    });
  }
  return out;
}

function commonTerms(termLists: string[][]): Set<string> {
  if (termLists.length < TEXT_STOPWORD_MIN_DOCS) return new Set();
  const documentFrequency = new Map<string, number>();
  for (const terms of termLists) {
    for (const term of new Set(terms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const limit = termLists.length * TEXT_STOPWORD_SHARE;
  return new Set([...documentFrequency].filter(([, count]) => count > limit).map(([term]) => term));
}

/**
 * Accession numbers are found with or without their dots, whole or by any leading part:
 * MBP.2006.0012 -> mbp20060012, 20060012, mbp, 2006, 0012, 12.
 */
function accessionTerms(accession: string): string[] {
  const segments = canonicalWords(accession);
  if (segments.length === 0) return [];
  const terms = new Set([segments.join(''), segments.slice(1).join(''), ...segments]);
  for (const segment of segments) if (/^0+\d/.test(segment)) terms.add(segment.replace(/^0+/, ''));
  terms.delete('');
  return [...terms];
}
