/**
 * The kiosk's search index: MiniSearch 7 behind our own normalisation (normalise.ts) and index-time
 * expansion (term-expander.ts).
 *
 * Why MiniSearch: it is small, has no dependencies, does prefix and fuzzy matching per term with
 * per-field boosts and BM25 scoring, accepts custom tokenizers per field, and serialises to JSON that
 * loads without re-tokenising, which is what lets the sync engine persist the index in IndexedDB.
 * FlexSearch is faster on raw lookups but its fuzzy matching is phonetic-by-language (no Indonesian)
 * and its export is split into many async chunks; Orama is larger, async-first and its typo
 * tolerance applies to the whole query rather than per term. Our benchmark (tests/bench/store.ts,
 * `npm run bench -- store`, 10,000 pieces, figures in the README's performance section) measures
 * MiniSearch against Lunr on the same records and 200 typed-prefix queries.
 */
import MiniSearch, { type SearchOptions } from 'minisearch';
import { miniSearchOptions, pretokenise } from './index-terms';
import { canonicalWords } from './normalise';
import {
  buildSearchDocuments,
  compoundNames,
  DOC_ID_PREFIX,
  type SearchDocument,
  type SearchField,
  type SearchInput,
} from './search-documents';
import { MIN_QUERY_LENGTH, QUERY_OPTIONS, queryTree } from './search-query';
import type { ExpanderConfig } from './term-expander';
import { buildVocabulary, nearestWords, type SuggestVocabulary } from './suggest-vocabulary';

export type { SearchInput } from './search-documents';

/** One search result: a piece or a motif, best first. */
export interface SearchHit {
  kind: 'piece' | 'motif';
  id: string;
  score: number;
}

export interface SearchOptionsInput {
  /** Maximum number of hits (default 100). */
  limit?: number;
  /** Only these kinds (default both). */
  kinds?: readonly SearchHit['kind'][];
}

/** A built or loaded index. */
export interface SearchIndex {
  /** Hits for what the visitor typed so far; an empty array (always the same one) when none. */
  search(query: string, opts?: SearchOptionsInput): readonly SearchHit[];
  /** "Did you mean" phrasings that do find something, for when `search` found nothing. */
  suggest(query: string): string[];
  /** Serialised form for IndexedDB; `loadSearchIndex` restores it without rebuilding. */
  toJSON(): string;
}

/** Fields whose words feed the "did you mean" vocabulary. */
const VOCABULARY_FIELDS: readonly SearchField[] = ['title', 'motif', 'maker', 'place', 'label'];

const FORMAT = 1;
const EMPTY_HITS: readonly SearchHit[] = Object.freeze([]);

interface Persisted {
  format: number;
  expander: ExpanderConfig;
  vocabulary: SuggestVocabulary;
  index: ReturnType<MiniSearch['toJSON']>;
}

/** Builds the index from compiled records; runs at sync time. */
export function createSearchIndex(input: SearchInput): SearchIndex {
  const expander: ExpanderConfig = { synonyms: input.synonyms, compounds: compoundNames(input) };
  const documents = buildSearchDocuments(input);
  const miniSearch = new MiniSearch<SearchDocument>(miniSearchOptions(expander));
  miniSearch.addAll(pretokenise(documents, expander));
  const vocabulary = buildVocabulary(
    documents.flatMap((doc) => VOCABULARY_FIELDS.map((field) => doc[field])),
  );
  return new KioskSearchIndex(miniSearch, expander, vocabulary);
}

/** Restores an index serialised by `SearchIndex.toJSON()`; throws a clear error on foreign JSON. */
export function loadSearchIndex(json: string): SearchIndex {
  const data = JSON.parse(json) as Partial<Persisted>;
  if (data.format !== FORMAT || !data.expander || !data.vocabulary || !data.index) {
    throw new Error(`loadSearchIndex: not a search index of format ${FORMAT} (got format ${data.format})`);
  }
  const miniSearch = MiniSearch.loadJS<SearchDocument>(data.index, miniSearchOptions(data.expander));
  return new KioskSearchIndex(miniSearch, data.expander, data.vocabulary);
}

class KioskSearchIndex implements SearchIndex {
  constructor(
    private readonly miniSearch: MiniSearch<SearchDocument>,
    private readonly expander: ExpanderConfig,
    private readonly vocabulary: SuggestVocabulary,
  ) {}

  search(query: string, opts: SearchOptionsInput = {}): readonly SearchHit[] {
    const words = canonicalWords(query);
    if (words.join('').length < MIN_QUERY_LENGTH) return EMPTY_HITS;
    const kinds = opts.kinds;
    const filter: SearchOptions['filter'] =
      kinds && kinds.length < 2
        ? (result) => kinds.some((kind) => result.id.startsWith(DOC_ID_PREFIX[kind]))
        : undefined;
    let results = this.miniSearch.search(queryTree(words, 'AND'), { ...QUERY_OPTIONS, filter });
    // Every word must match; when that finds nothing, any word may (ranked by how many matched).
    if (results.length === 0 && words.length > 1) {
      results = this.miniSearch.search(queryTree(words, 'OR'), { ...QUERY_OPTIONS, filter });
    }
    if (results.length === 0) return EMPTY_HITS;
    return results.slice(0, opts.limit ?? 100).map((result) => {
      const id = result.id as string;
      const kind = id.startsWith(DOC_ID_PREFIX.piece) ? 'piece' : 'motif';
      return { kind, id: id.slice(2), score: result.score };
    });
  }

  suggest(query: string): string[] {
    const words = canonicalWords(query);
    const surfaces = query.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0 || words.length !== surfaces.length) return [];
    // Each word keeps what was typed when it is known, else offers its nearest vocabulary words.
    const options = words.map((word, i) =>
      this.miniSearch.search(queryTree([word], 'AND'), QUERY_OPTIONS).length > 0
        ? [surfaces[i]]
        : nearestWords(this.vocabulary, word, 3),
    );
    if (options.some((list) => list.length === 0)) return [];
    const phrasings = new Set<string>();
    for (let alt = 0; alt < 3; alt++) {
      phrasings.add(options.map((list) => list[Math.min(alt, list.length - 1)]).join(' '));
    }
    const typed = surfaces.join(' ');
    return [...phrasings].filter(
      (phrase) => phrase !== typed && this.search(phrase, { limit: 1 }).length > 0,
    );
  }

  toJSON(): string {
    const persisted: Persisted = {
      format: FORMAT,
      expander: this.expander,
      vocabulary: this.vocabulary,
      index: this.miniSearch.toJSON(),
    };
    return JSON.stringify(persisted);
  }
}
