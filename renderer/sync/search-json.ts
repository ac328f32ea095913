import type { CollectionManifest, PieceRecord } from '../../electron/shared/collection-records';
import type { KioskDb } from '../db/kiosk-db';
import type { StoredSearchIndex } from '../db/meta-rows';
import { readPointer, readSearchIndexRow, readSearchParts } from '../db/read';
import type { Slot } from '../db/schema';
import { createSearchIndexJson, updateSearchIndexPieces } from '../../electron/shared/search';
import type { PieceIdChanges } from './piece-changes';
import { readNameGroupsOuter, updateNameGroups } from './name-groups-update';
import { storeSearchText } from './search-parts-writer';

type Settings = Pick<CollectionManifest, 'synonyms' | 'languages'>;

/**
 * Builds a slot's search index (or, with `changes`, updates the live one) and stores its parts:
 * what the search worker runs, or the page where there are no workers.
 */
export async function buildStoredSearchIndex(
  db: KioskDb,
  slot: Slot,
  settings: Settings,
  changes?: PieceIdChanges,
): Promise<StoredSearchIndex> {
  const updated = changes && (await updateStoredSearchIndex(db, slot, settings, changes));
  return updated ?? storeSearchText(db, await buildSearchJson(db, slot, settings));
}

/** Reads a slot's records and builds the serialised search index, wherever that runs. */
async function buildSearchJson(db: KioskDb, slot: Slot, settings: Settings): Promise<string> {
  const [pieces, vocabularies] = await Promise.all([
    db.records('pieces', slot).toArray(),
    readVocabularies(db, slot),
  ]);
  return createSearchIndexJson({ pieces, ...vocabularies, ...settings });
}

/**
 * The index of a sync that changed only pieces: the live index with `changes` applied, reading
 * only the written pieces (and the small vocabulary tables), not the unchanged ones; stored. The
 * names part's groups of terms are read only where a changed name falls, the groups of documents
 * only where a changed piece falls (updateNameGroups), and the details line only when a label or
 * description changed or a piece came or left; what is not read is kept as it is. Undefined (build
 * in full) when the live slot's stored index is missing or from another version, or the languages
 * or synonyms changed.
 */
async function updateStoredSearchIndex(
  db: KioskDb,
  slot: Slot,
  settings: Settings,
  changes: PieceIdChanges,
): Promise<StoredSearchIndex | undefined> {
  const pointer = await readPointer(db);
  // Languages decide which texts a document holds, so a change of them re-documents every piece.
  const sameLanguages = pointer?.manifest.languages.join() === settings.languages.join();
  const row =
    pointer && sameLanguages && pointer.slot !== slot
      ? await readSearchIndexRow(db, pointer.slot, pointer.version)
      : undefined;
  if (!row) return undefined;
  const [vocabularies, written, outer] = await Promise.all([
    readVocabularies(db, slot),
    db.records('pieces', slot).bulkGet(changes.written),
    readNameGroupsOuter(db, row, changes),
  ]);
  if (written.some((piece) => piece === undefined)) throw new Error(`slot ${slot} lacks a written piece`);
  const input = { ...vocabularies, ...settings };
  const pieceChanges = { pieces: written as PieceRecord[], removed: changes.removed };
  try {
    const stored = await updateNameGroups(db, row, outer, input, pieceChanges);
    if (stored) return stored;
  } catch {
    // The details were needed (or the index cannot be updated at all): again, with them.
  }
  const whole = await readSearchParts(db, row.parts);
  if (whole === undefined) return undefined;
  try {
    return await storeSearchText(db, updateSearchIndexPieces(whole, input, pieceChanges).toJSON());
  } catch {
    // Another format or other synonyms: the caller builds in full.
    return undefined;
  }
}

/** The small tables piece documents refer to (motif names, term labels, makers, places). */
async function readVocabularies(db: KioskDb, slot: Slot) {
  const [motifs, terms, makers, places] = await Promise.all([
    db.records('motifs', slot).toArray(),
    db.records('terms', slot).toArray(),
    db.records('makers', slot).toArray(),
    db.records('places', slot).toArray(),
  ]);
  return { motifs, terms, makers, places };
}
