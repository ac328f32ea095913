import MiniSearch from 'minisearch';
import { documentHashes, prepareDocuments, TEXT_OPTIONS, type TextDocument } from './index-terms';
import {
  buildSearchDocuments,
  compoundNames,
  type SearchDocument,
  type SearchInput,
} from './search-documents';
import { createSearchIndex, parsePersisted, restore, vocabularyOf, type SearchIndex } from './search-index';
import type { ExpanderConfig } from './term-expander';

/**
 * Brings a persisted index up to date with new records, touching only the documents whose
 * indexed content changed; a change of synonyms or compound names rebuilds it from scratch. Runs
 * at sync time in place of `createSearchIndex` when the previous index is at hand.
 */
export function updateSearchIndex(previousJson: string, input: SearchInput): SearchIndex {
  const parsed = parsePersisted(previousJson);
  if (!parsed) return createSearchIndex(input);
  // The description part is only loaded (synchronously) if a description changed.
  const previous = restore(parsed.head, parsed.textJson);
  const state = previous.state;
  const expander: ExpanderConfig = { synonyms: input.synonyms, compounds: compoundNames(input) };
  if (JSON.stringify(expander) !== JSON.stringify(state.expander)) return createSearchIndex(input);
  const documents = buildSearchDocuments(input);
  const seen = new Set<string>();
  const changed: { doc: SearchDocument; before?: [number, number]; after: [number, number] }[] = [];
  for (const doc of documents) {
    seen.add(doc.id);
    const before = state.hashes[doc.id];
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
  let textChanged = false;
  const text = () => (state.text ??= MiniSearch.loadJSON<TextDocument>(state.textJson ?? '', TEXT_OPTIONS));
  changed.forEach(({ before, after }, i) => {
    const id = prepared.names[i].id;
    if (!before || before[0] !== after[0]) {
      if (before) state.names.replace(prepared.names[i]);
      else state.names.add(prepared.names[i]);
      namesChanged = true;
    }
    if (!before || before[1] !== after[1]) {
      if (before) text().replace(prepared.texts[i]);
      else text().add(prepared.texts[i]);
      textChanged = true;
    }
    state.hashes[id] = after;
  });
  for (const id of Object.keys(state.hashes)) {
    if (seen.has(id)) continue;
    state.names.discard(id);
    text().discard(id);
    namesChanged = textChanged = true;
    delete state.hashes[id];
  }
  if (textChanged) state.textJson = undefined;
  if (namesChanged) state.vocabulary = vocabularyOf(documents);
  return previous;
}
