/**
 * The kiosk's search index: MiniSearch 7 behind our own normalisation (normalise.ts) and index-time
 * expansion (term-expander.ts).
 *
 * Why MiniSearch: it is small, has no dependencies, does prefix and fuzzy matching per term with
 * per-field boosts and BM25 scoring, accepts custom tokenizers per field, supports removing and
 * replacing documents (incremental updates), and serialises to JSON that loads without
 * re-tokenising, which is what lets the sync engine persist the index in IndexedDB. FlexSearch is
 * faster on raw lookups but its fuzzy matching is phonetic-by-language (no Indonesian) and its export
 * is split into many async chunks; Orama is larger, async-first and its typo tolerance applies to the
 * whole query rather than per term; neither is installed here, so neither was measured.
 * `npm run bench -- store` measures this index against Lunr on the same 10,000 generated pieces and
 * 200 typed-prefix queries in Chromium. On 2026-11-28 (2-core build machine shared with other jobs):
 * p50 0.5 ms / p95 2.9 ms against Lunr's 6.8 / 172.6 ms; the index builds in about 4 s in a worker
 * (Lunr: 8.9 s) and a restart answers name searches after 113 ms (the details part follows ~1.5 s).
 */
import { nameOptions, type NameDocument } from './index-terms';
import type { SearchDocument, SearchInput } from './search-documents';
import { createSearchIndexBuilder, type SearchIndexBuilder } from './search-index-builder';
import {
  FORMAT,
  parsePersisted,
  parsePersistedFront,
  type ParsedIndex,
  type SplitIndexText,
} from './persisted-index';
import { KioskSearchIndex, type SearchIndex } from './kiosk-search-index';
import { loadPackedPart } from './packed-postings';
import { buildVocabulary, type SuggestVocabulary } from './suggest-vocabulary';

export type { SearchInput } from './search-documents';

/** Builds the index from compiled records; runs at sync time. */
export function createSearchIndex(input: SearchInput): SearchIndex {
  return builderOf(input).finish();
}

/** `createSearchIndex(input).toJSON()`, without loading the parts into MiniSearch first. */
export function createSearchIndexJson(input: SearchInput): string {
  return builderOf(input).finishJson();
}

function builderOf(input: SearchInput): SearchIndexBuilder {
  const builder = createSearchIndexBuilder(input);
  for (const kind of ['motifs', 'terms', 'makers', 'places', 'pieces'] as const) {
    builder.add(kind, input[kind] as never[]);
  }
  return builder;
}

/**
 * Restores an index serialised by `SearchIndex.toJSON()`, given whole or read in two
 * (`SplitIndexText`); throws a clear error on foreign JSON. Names, accession numbers and dates
 * answer on return; labels and descriptions join once the details part has loaded in the
 * background (`whenComplete`, which rejects when a split text's details could not be had).
 */
export function loadSearchIndex(
  text: string | SplitIndexText,
  options: { queriesOnly?: boolean } = {},
): SearchIndex {
  const parsed = typeof text === 'string' ? parsePersisted(text) : parsePersistedFront(text.front);
  if (!parsed) throw new Error(`loadSearchIndex: not a search index of format ${FORMAT}`);
  const index = restore(parsed);
  if (typeof text !== 'string') index.state.detailsRead = text.details;
  index.queriesOnly = options.queriesOnly === true;
  // Only an update compares hashes: a copy for queries does not keep them.
  if (index.queriesOnly) index.state.hashes = index.state.hashesJson = undefined;
  // Start the details load after this call returns: its JSON.parse alone is a long task, and the
  // caller's first screen should not wait for it.
  setTimeout(() => void index.whenComplete().catch(() => {}), 0);
  return index;
}

/** An index from its persisted parts, the details part not yet loaded. */
export function restore(parsed: ParsedIndex): KioskSearchIndex {
  const { head } = parsed;
  return new KioskSearchIndex({
    expander: head.expander,
    vocabulary: head.vocabulary ?? [],
    stopWords: head.stopWords ?? { label: [], text: [] },
    names: loadPackedPart<NameDocument>(head.names, nameOptions(head.expander)),
    accessions: head.accessions,
    dates: head.dates,
    hashes: parsed.hashes,
    hashesJson: parsed.hashesJson,
    groups: parsed.groups,
    detailsJson: parsed.detailsJson,
  });
}

/** The "did you mean" words: from the short, name-like fields, in their displayed spelling. */
export function vocabularyOf(documents: SearchDocument[]): SuggestVocabulary {
  return buildVocabulary(documents.flatMap((doc) => [doc.title, doc.motif, doc.maker, doc.place, doc.label]));
}
