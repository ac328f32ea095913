import MiniSearch from 'minisearch';
import { DETAIL_OPTIONS, documentHashes, prepareDocuments, type DetailDocument } from './index-terms';
import {
  buildSearchDocuments,
  compoundNames,
  type SearchDocument,
  type SearchInput,
} from './search-documents';
import {
  createSearchIndex,
  parsePersisted,
  restore,
  vocabularyOf,
  type DocumentHashes,
  type SearchIndex,
} from './search-index';
import type { ExpanderConfig } from './term-expander';

/**
 * Brings a persisted index up to date with new records, tokenising only the documents whose
 * indexed content changed; a change of synonyms or compound names (or an index in an older
 * format) rebuilds it from scratch. Runs at sync time in place of `createSearchIndex` when the
 * previous index is at hand.
 */
export function updateSearchIndex(previousJson: string, input: SearchInput): SearchIndex {
  const parsed = parsePersisted(previousJson);
  if (!parsed) return createSearchIndex(input);
  const previous = restore(parsed);
  const state = previous.state;
  const expander: ExpanderConfig = { synonyms: input.synonyms, compounds: compoundNames(input) };
  if (JSON.stringify(expander) !== JSON.stringify(state.expander)) return createSearchIndex(input);
  const hashes: DocumentHashes = (state.hashes ??= JSON.parse(state.hashesJson ?? '{}') as DocumentHashes);
  state.hashesJson = undefined;

  const documents = buildSearchDocuments(input);
  const seen = new Set<string>();
  const changed: { doc: SearchDocument; before?: [number, number]; after: [number, number] }[] = [];
  for (const doc of documents) {
    seen.add(doc.id);
    const before = hashes[doc.id];
    const after = documentHashes(doc);
    if (!before || before[0] !== after[0] || before[1] !== after[1]) changed.push({ doc, before, after });
  }
  // Only changed documents are tokenised, with the stop words the index was built with.
  const prepared = prepareDocuments(
    changed.map((c) => c.doc),
    expander,
    state.stopWords,
  );
  let namesChanged = false;
  let detailsChanged = false;
  // The details part is loaded (synchronously) only when some detail changed.
  const details = () =>
    (state.details ??= MiniSearch.loadJSON<DetailDocument>(state.detailsJson ?? '', DETAIL_OPTIONS));
  changed.forEach(({ before, after }, i) => {
    const id = prepared.names[i].id;
    if (!before || before[0] !== after[0]) {
      if (before) state.names.replace(prepared.names[i]);
      else state.names.add(prepared.names[i]);
      namesChanged = true;
    }
    if (!before || before[1] !== after[1]) {
      if (before) details().replace(prepared.details[i]);
      else details().add(prepared.details[i]);
      detailsChanged = true;
    }
    hashes[id] = after;
  });
  for (const id of Object.keys(hashes)) {
    if (seen.has(id)) continue;
    state.names.discard(id);
    details().discard(id);
    namesChanged = detailsChanged = true;
    delete hashes[id];
  }
  if (detailsChanged) state.detailsJson = undefined;
  if (namesChanged) state.vocabulary = vocabularyOf(documents);
  return previous;
}
