import type { PieceRecord } from '../collection-records';
import { DETAIL_OPTIONS, documentHashes, prepareDocuments, type DetailDocument } from './index-terms';
import {
  buildSearchDocuments,
  compoundNames,
  DOC_ID_PREFIX,
  type SearchDocument,
  type SearchInput,
} from './search-documents';
import type { KioskSearchIndex, SearchIndex } from './kiosk-search-index';
import { loadPackedPart, type PackedPart } from './packed-postings';
import { parsePersisted, type DocumentHashes } from './persisted-index';
import { createSearchIndex, restore, vocabularyOf } from './search-index';
import { addToVocabulary } from './suggest-vocabulary';
import type { ExpanderConfig } from './term-expander';

/**
 * Brings a persisted index up to date with new records, tokenising only the documents whose
 * indexed content changed; a change of synonyms or compound names (or an index in an older
 * format) rebuilds it from scratch. Runs at sync time in place of `createSearchIndex` when the
 * previous index is at hand.
 */
export function updateSearchIndex(previousJson: string, input: SearchInput): SearchIndex {
  const previous = reusable(previousJson, input);
  if (!previous) return createSearchIndex(input);
  const documents = buildSearchDocuments(input);
  const seen = new Set(documents.map((doc) => doc.id));
  const hashes = hashesOf(previous);
  const removed = Object.keys(hashes).filter((id) => !seen.has(id));
  const applied = applyDocuments(previous, documents, removed);
  if (applied.namesChanged.length > 0 || applied.removed) {
    previous.state.vocabulary = vocabularyOf(documents);
  }
  return previous;
}

/** What a sync changed when only piece chunks changed: everything else is as indexed before. */
export interface PieceChanges {
  /** Pieces the sync wrote (new, changed, or moved to another chunk); unchanged ones cost a hash. */
  pieces: PieceRecord[];
  /** Ids of pieces the collection no longer holds. */
  removed: string[];
}

/**
 * `updateSearchIndex` for a sync that changed only pieces: it needs just those pieces (and the
 * small motif, term, maker and place tables their documents refer to), not the whole collection.
 * The "did you mean" vocabulary gains the changed documents' words; words of replaced or removed
 * documents keep their counts until the next full build (a suggestion is only offered when it finds
 * something, so a stale word is never proposed). Falls back to a full build, which needs every piece,
 * by throwing when the previous index cannot be reused: callers then build from the whole slot.
 */
export function updateSearchIndexPieces(
  previousJson: string,
  input: Omit<SearchInput, 'pieces'>,
  changes: PieceChanges,
): SearchIndex {
  const previous = reusable(previousJson, { ...input, pieces: [] });
  if (!previous) throw new Error('updateSearchIndexPieces: the previous index cannot be updated');
  // The motif documents come along; unchanged, they cost one hash each.
  const documents = buildSearchDocuments({ ...input, pieces: changes.pieces });
  return applyPieceChanges(previous, documents, changes.removed);
}

/**
 * Applies a pieces-only change to `previous` in place (see `updateSearchIndexPieces`): `documents`
 * are those of the written pieces and every motif, `removedPieces` the ids of pieces that left.
 */
export function applyPieceChanges(
  previous: KioskSearchIndex,
  documents: SearchDocument[],
  removedPieces: readonly string[],
): KioskSearchIndex {
  const written = new Set(documents.map((doc) => doc.id));
  const hashes = hashesOf(previous);
  const removed = removedPieces
    .map((id) => DOC_ID_PREFIX.piece + id)
    .filter((id) => !written.has(id) && id in hashes);
  const { namesChanged } = applyDocuments(previous, documents, removed);
  if (namesChanged.length > 0) {
    const { state } = previous;
    state.vocabulary = addToVocabulary(state.vocabulary, vocabularyOf(namesChanged));
  }
  return previous;
}

/** The previous index when it was built with the same expander settings, else undefined. */
function reusable(previousJson: string, input: SearchInput): KioskSearchIndex | undefined {
  const parsed = parsePersisted(previousJson);
  if (!parsed) return undefined;
  const previous = restore(parsed);
  return sameExpander(previous, input) ? previous : undefined;
}

/** Whether `index` was built with the synonyms and compound names `input` gives. */
export function sameExpander(index: KioskSearchIndex, input: SearchInput): boolean {
  const expander: ExpanderConfig = { synonyms: input.synonyms, compounds: compoundNames(input) };
  return JSON.stringify(expander) === JSON.stringify(index.state.expander);
}

function hashesOf(index: KioskSearchIndex): DocumentHashes {
  const { state } = index;
  state.hashes ??= JSON.parse(state.hashesJson ?? '{}') as DocumentHashes;
  state.hashesJson = undefined;
  return state.hashes;
}

/**
 * Replaces the documents whose hashes changed and discards `removed`, in place. Returns the
 * documents whose name fields changed and whether any were removed, so the caller can refresh the
 * vocabulary its own way.
 */
function applyDocuments(index: KioskSearchIndex, documents: SearchDocument[], removed: string[]) {
  const { state } = index;
  const hashes = hashesOf(index);
  const changed: { doc: SearchDocument; before?: [number, number]; after: [number, number] }[] = [];
  for (const doc of documents) {
    const before = hashes[doc.id];
    const after = documentHashes(doc);
    if (!before || before[0] !== after[0] || before[1] !== after[1]) changed.push({ doc, before, after });
  }
  // Only changed documents are tokenised, with the stop words the index was built with.
  const prepared = prepareDocuments(
    changed.map((c) => c.doc),
    state.expander,
    state.stopWords,
  );
  const namesChanged: SearchDocument[] = [];
  let detailsChanged = false;
  // The details part is loaded (synchronously) only when some detail changed.
  const details = () =>
    (state.details ??= loadPackedPart<DetailDocument>(
      JSON.parse(state.detailsJson ?? '') as PackedPart,
      DETAIL_OPTIONS,
    ));
  // Accession numbers and dates are kept outside MiniSearch: refreshed for every document given,
  // which costs nothing next to tokenising, so no hash has to cover them.
  for (const doc of documents) setNumbers(state, doc.id, doc);
  changed.forEach(({ doc, before, after }, i) => {
    if (!before || before[0] !== after[0]) {
      if (before) state.names.replace(prepared.names[i]);
      else state.names.add(prepared.names[i]);
      namesChanged.push(doc);
    }
    if (!before || before[1] !== after[1]) {
      if (before) details().replace(prepared.details[i]);
      else details().add(prepared.details[i]);
      detailsChanged = true;
    }
    hashes[doc.id] = after;
  });
  for (const id of removed) {
    setNumbers(state, id, undefined);
    state.names.discard(id);
    details().discard(id);
    detailsChanged = true;
    delete hashes[id];
  }
  if (detailsChanged) state.detailsJson = undefined;
  return { namesChanged, removed: removed.length > 0 };
}

/** A document's accession number and date in the index (none when it is gone). */
function setNumbers(state: KioskSearchIndex['state'], id: string, doc: SearchDocument | undefined): void {
  if (doc?.accession) {
    if (state.accessions[id] !== doc.accession) state.accessionTable = undefined;
    state.accessions[id] = doc.accession;
  } else if (id in state.accessions) {
    delete state.accessions[id];
    state.accessionTable = undefined;
  }
  if (doc && doc.years.length > 0) state.dates[id] = doc.years;
  else delete state.dates[id];
}
