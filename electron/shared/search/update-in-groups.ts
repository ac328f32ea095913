import { documentGroup, documentGroupLines } from './document-groups';
import { documentHashes, NAME_FIELDS, nameFieldTerms } from './index-terms';
import { nameGroupKey } from './name-groups';
import { headLine, namesJsonWithoutTables, parseGroupedHead } from './persisted-index';
import { buildSearchDocuments, DOC_ID_PREFIX, type SearchInput } from './search-documents';
import { restore } from './search-index';
import { createTermExpander } from './term-expander';
import { applyPieceChanges, sameExpander, type PieceChanges } from './update-search-index';

/**
 * What an update in groups is given of a persisted index (format 5), and gives back: the head
 * line, whose names part's term list holds only the terms read (empty as given), and the lines of
 * the document groups read, by group number (see document-groups.ts).
 */
export interface IndexInGroups {
  head: string;
  documents: ReadonlyMap<number, string>;
}

/** Stands in for the details part, never read here: an update that needs it throws on it. */
const DETAILS_NOT_READ = '<details not read>';

/** The document groups an update of `changes` reads: the motifs' and the changed pieces'. */
export function groupsToRead(pieceIds: Iterable<string>, groups: number): Set<number> {
  const wanted = new Set([0]);
  for (const id of pieceIds) wanted.add(documentGroup(DOC_ID_PREFIX.piece + id, groups));
  return wanted;
}

/**
 * `updateSearchIndexPieces` for an index stored in groups, reading only what the change touches:
 * `previous` holds the head without its term list and the document groups of the motifs and of
 * the written and removed pieces (`groupsToRead`), and `loadNameGroups` is asked for the groups of
 * terms (by key, name-groups.ts) that the terms of the documents whose names changed fall in; it
 * answers those groups' texts, in list order, each without a leading comma. Adding a document
 * touches no other term and no other document's row, and discarding one touches none (MiniSearch
 * drops a discarded document's postings lazily; the counts and averages it keeps are in the head).
 * The result is the update of the whole index limited to what was read; the caller keeps the other
 * groups as they were. Throws where that would not hold (the details are needed, a vacuum, which
 * would clean every term, started, a group was not given) or the index cannot be updated: callers
 * then update the whole text.
 */
export async function updateSearchIndexInGroups(
  previous: IndexInGroups,
  input: Omit<SearchInput, 'pieces'>,
  changes: PieceChanges,
  loadNameGroups: (keys: ReadonlySet<string>) => Promise<string[]>,
): Promise<{ head: string; documents: Map<number, string> }> {
  const parsed = parseGroupedHead(previous.head, previous.documents.values());
  if (!parsed || parsed.head.names.index.length > 0) throw new Error('not an index without name terms');
  const { head, groups, hashes } = parsed;
  const documents = buildSearchDocuments({ ...input, pieces: changes.pieces });
  const ids = [...documents.map((doc) => doc.id), ...changes.removed.map((id) => DOC_ID_PREFIX.piece + id)];
  if (ids.some((id) => !previous.documents.has(documentGroup(id, groups))))
    throw new Error('updateSearchIndexInGroups: a changed document group was not read');
  const keys = new Set<string>();
  const expander = createTermExpander(head.expander);
  for (const doc of documents) {
    const before = hashes[doc.id];
    if (before && before[0] === documentHashes(doc)[0]) continue;
    for (const field of NAME_FIELDS)
      for (const term of nameFieldTerms(doc[field], field, expander)) keys.add(nameGroupKey(term));
  }
  const texts = await loadNameGroups(keys);
  head.names.index = JSON.parse(`[${texts.join(',')}]`) as typeof head.names.index;
  const index = restore({ head, groups, hashes, detailsJson: DETAILS_NOT_READ });
  if (!sameExpander(index, { ...input, pieces: [] }))
    throw new Error('updateSearchIndexInGroups: the previous index cannot be updated');
  applyPieceChanges(index, documents, changes.removed);
  const { state } = index;
  if (state.names.isVacuuming) throw new Error('updateSearchIndexInGroups: a vacuum started');
  if (state.detailsJson !== DETAILS_NOT_READ)
    throw new Error('updateSearchIndexInGroups: the details changed');
  const names = state.names.toJSON();
  const tables = { ...names, hashes: state.hashes!, accessions: state.accessions, dates: state.dates };
  const read = new Set(previous.documents.keys());
  const lines = documentGroupLines(tables, groups, read);
  return {
    head: headLine(state, groups, namesJsonWithoutTables(names)),
    documents: new Map([...read].map((group) => [group, lines[group]!])),
  };
}
