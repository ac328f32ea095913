import type { CollectionManifest, PieceRecord } from '../../electron/shared/collection-records';
import type { KioskDb } from '../db/kiosk-db';
import type { StoredSearchIndex } from '../db/meta-rows';
import { lineParts, readPointer, readSearchIndexRow, readSearchParts } from '../db/read';
import type { Slot } from '../db/schema';
import { createSearchIndexJson, updateSearchIndexPieces } from '../search';
import type { PieceIdChanges } from './piece-changes';
import { storeSearchLines, storeSearchText, textLines } from './search-parts-writer';

type Settings = Pick<CollectionManifest, 'synonyms' | 'languages'>;

/**
 * Stands in for the details line (labels, descriptions: most of the text) of the live index while
 * an update runs without it. It is not JSON: an update that needs the details fails to parse it
 * and is run again with them.
 */
const DETAILS_NOT_READ = '<details not read>';

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
 * details line is read only when a label or description changed or a piece left; otherwise its
 * parts are kept as they are. Undefined (build in full) when the live slot's stored index is
 * missing or from another version, or the languages or synonyms changed.
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
  if (!row || row.lines.length !== 3) return undefined;
  const [vocabularies, written, headAndHashes] = await Promise.all([
    readVocabularies(db, slot),
    db.records('pieces', slot).bulkGet(changes.written),
    readSearchParts(db, [...lineParts(row, 0), ...lineParts(row, 1)]),
  ]);
  if (written.some((piece) => piece === undefined)) throw new Error(`slot ${slot} lacks a written piece`);
  if (headAndHashes === undefined) return undefined;
  const input = { ...vocabularies, ...settings };
  const update = (previous: string) =>
    updateSearchIndexPieces(previous, input, {
      pieces: written as PieceRecord[],
      removed: changes.removed,
    }).toJSON();
  try {
    const [head, hashes, details] = textLines(update(headAndHashes + DETAILS_NOT_READ));
    if (details === DETAILS_NOT_READ) {
      const detailsChars = row.chars - headAndHashes.length;
      return await storeSearchLines(db, [head, hashes, { parts: lineParts(row, 2), chars: detailsChars }]);
    }
  } catch {
    // The details were needed (or the index cannot be updated at all): again, with them.
  }
  const whole = await readSearchParts(db, row.parts);
  if (whole === undefined) return undefined;
  try {
    return await storeSearchText(db, update(whole));
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
