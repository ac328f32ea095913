/**
 * The index itself, as the screens and the sync use it: the `SearchIndex` interface and the class
 * behind it. search-index-builder.ts builds one from records and search-index.ts restores one from
 * its persisted JSON; both import this file, which imports neither.
 */
import type MiniSearch from 'minisearch';
import { DETAIL_OPTIONS, type DetailDocument, type NameDocument, type StopWords } from './index-terms';
import { canonicalWords } from './normalise';
import { DOC_ID_PREFIX } from './search-documents';
import { documentGroupCount, pieceCount } from './document-groups';
import { namesJsonWithoutTables, persistedText, type DocumentHashes } from './persisted-index';
import { accessionScores, buildAccessionTable, type AccessionTable } from './accession-table';
import { compactPostings } from './compact-postings';
import { loadPackedPartJsonAsync, packedPartJson } from './packed-postings';
import { MIN_QUERY_LENGTH, planQuery, queryScores, wordScores, type IndexParts } from './search-query';
import type { ExpanderConfig } from './term-expander';
import { nearestWords, type SuggestVocabulary } from './suggest-vocabulary';
import type { YearSpan } from './years';

/** One search result: a piece or a motif, best first. */
export interface SearchHit {
  kind: 'piece' | 'motif';
  id: string;
  score: number;
}

/** What `SearchIndex.search` may be asked besides the query. */
export interface SearchOptionsInput {
  /** Maximum number of hits (default 100). */
  limit?: number;
  /** Only these kinds (default both). */
  kinds?: readonly SearchHit['kind'][];
}

/** A built or loaded index. */
export interface SearchIndex {
  /**
   * Hits for what the visitor typed so far, best first; the same frozen empty array when there are
   * none or when the query has fewer than two letters or digits (one letter would match most of
   * the collection). Right after `loadSearchIndex` names, accession numbers and years are searched;
   * labels and descriptions join at `whenComplete`.
   */
  search(query: string, opts?: SearchOptionsInput): readonly SearchHit[];
  /** "Did you mean" phrasings that do find something, for when `search` found nothing. */
  suggest(query: string): string[];
  /** Resolves once the details part (labels, descriptions) is loaded too. */
  whenComplete(): Promise<void>;
  /** Serialised form for IndexedDB; `loadSearchIndex` restores it without rebuilding. */
  toJSON(): string;
}

const EMPTY_HITS: readonly SearchHit[] = Object.freeze([]);

/** What an index holds; `updateSearchIndex` edits it in place. */
export interface State {
  expander: ExpanderConfig;
  vocabulary: SuggestVocabulary;
  stopWords: StopWords;
  names: MiniSearch<NameDocument>;
  accessions: Record<string, string>;
  dates: Record<string, YearSpan[]>;
  /** Sorted accession terms, built from `accessions` when first needed; dropped when they change. */
  accessionTable?: AccessionTable;
  /** The hashes, or their JSON (an index loaded from format 4) until someone needs them. */
  hashes?: DocumentHashes;
  hashesJson?: string;
  /**
   * How many document groups the index was stored in (see document-groups.ts): kept through
   * updates, so a document stays in the group it was stored in; set from the count of pieces when
   * first stored.
   */
  groups?: number;
  /** The details part, or its JSON while it is still loading (and, unchanged, reusable verbatim). */
  details?: MiniSearch<DetailDocument>;
  detailsJson?: string;
  /** The details part's JSON still being read, when the index was loaded from a split text. */
  detailsRead?: Promise<string | undefined>;
}

/** The index behind the `SearchIndex` interface. */
export class KioskSearchIndex implements SearchIndex {
  private detailsLoaded?: Promise<void>;
  /**
   * Set for the screens' copy, which only answers queries: once the details part is loaded, the
   * persisted text is let go (the hashes and details lines are slices that keep the whole 11 MB
   * string of a 10,000-piece index alive), the postings are compacted (compact-postings.ts), and
   * `toJSON` refuses.
   */
  queriesOnly = false;

  constructor(readonly state: State) {}

  private get parts(): IndexParts {
    return { names: this.state.names, details: this.state.details, dates: this.state.dates };
  }

  private get accessionTable(): AccessionTable {
    return (this.state.accessionTable ??= buildAccessionTable(this.state.accessions));
  }

  whenComplete(): Promise<void> {
    const { state } = this;
    this.detailsLoaded ??= state.details
      ? Promise.resolve()
      : this.detailsText()
          .then((json) => loadPackedPartJsonAsync<DetailDocument>(json, DETAIL_OPTIONS))
          .then(async (details) => {
            state.details ??= details;
            state.detailsRead = undefined;
            if (this.queriesOnly) {
              state.hashesJson = state.detailsJson = undefined;
              // An updated index still holds the postings of documents it discarded, which
              // MiniSearch deletes when a search meets them: a write the compact postings cannot
              // take (it threw, and the search went unanswered). Its vacuum deletes them all first.
              for (const part of [state.names, state.details]) if (part.dirtCount > 0) await part.vacuum();
              // Never changed from here on: its postings can be held compactly (same scores).
              compactPostings(state.details);
              compactPostings(state.names);
            }
            // Sorted now, in the background, rather than on the first digit a visitor types.
            void this.accessionTable;
          });
    return this.detailsLoaded;
  }

  /** The details part's JSON, held or still being read. */
  private async detailsText(): Promise<string> {
    const { state } = this;
    const json = state.detailsJson ?? (await state.detailsRead);
    // A split read finds no details when a newer collection's flip dropped them in between: this
    // copy then answers names only until the newer one replaces it.
    if (json === undefined) throw new Error('search index: the details part could not be read');
    return (state.detailsJson = json);
  }

  search(query: string, opts: SearchOptionsInput = {}): readonly SearchHit[] {
    const words = canonicalWords(query);
    if (words.join('').length < MIN_QUERY_LENGTH) return EMPTY_HITS;
    const limit = opts.limit ?? 100;
    const plan = planQuery(words);
    let scores = queryScores(this.parts, plan, 'AND');
    // A query with a digit may be an accession number, typed in any of its forms.
    const accessions = words.some((word) => /\d/.test(word))
      ? accessionScores(this.accessionTable, words, limit)
      : undefined;
    // Every word must match; when that finds nothing, any word may (ranked by how many matched).
    if (scores.size === 0 && !accessions?.size && plan.words.length + plan.years.length > 1) {
      scores = queryScores(this.parts, plan, 'OR');
    }
    // The two readings are alternatives: a document keeps the better of its two scores.
    for (const [id, score] of accessions ?? []) scores.set(id, Math.max(scores.get(id) ?? 0, score));
    const prefixes = (opts.kinds ?? ['piece', 'motif']).map((kind) => DOC_ID_PREFIX[kind]);
    const hits: SearchHit[] = [];
    for (const [id, score] of scores) {
      if (!prefixes.some((prefix) => id.startsWith(prefix))) continue;
      hits.push({ kind: id.startsWith(DOC_ID_PREFIX.piece) ? 'piece' : 'motif', id: id.slice(2), score });
    }
    if (hits.length === 0) return EMPTY_HITS;
    // Equal scores fall back to the id, so the order never depends on the index's history.
    hits.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return hits.slice(0, limit);
  }

  suggest(query: string): string[] {
    const words = canonicalWords(query);
    const surfaces = query.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0 || words.length !== surfaces.length) return [];
    // Each word keeps what was typed when it is known, else offers its nearest vocabulary words.
    const options = words.map((word, i) =>
      wordScores(this.parts, word).size > 0 ? [surfaces[i]] : nearestWords(this.state.vocabulary, word, 3),
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
    const { state } = this;
    if (this.queriesOnly) throw new Error('toJSON: this index was loaded for queries only');
    const names = state.names.toJSON();
    state.groups ??= documentGroupCount(pieceCount(names.documentIds));
    state.hashes ??= JSON.parse(state.hashesJson ?? '{}') as DocumentHashes;
    state.hashesJson = undefined;
    const tables = { ...names, hashes: state.hashes, accessions: state.accessions, dates: state.dates };
    return persistedText(
      state,
      namesJsonWithoutTables(names),
      tables,
      state.groups,
      state.detailsJson ?? this.detailsForJson(),
    );
  }

  private detailsForJson(): string {
    if (!this.state.details) throw new Error('toJSON: the details part is not loaded');
    return packedPartJson(this.state.details);
  }
}
