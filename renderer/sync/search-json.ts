import type { CollectionManifest } from '../../electron/shared/collection-records';
import type { KioskDb } from '../db/kiosk-db';
import { readPointer, readSlotSearchIndexJson } from '../db/read';
import type { Slot } from '../db/schema';
import type { PieceRecord } from '../../electron/shared/collection-records';
import { createSearchIndex, updateSearchIndexPieces } from '../search';
import type { PieceIdChanges } from './piece-changes';

type Settings = Pick<CollectionManifest, 'synonyms' | 'languages'>;

/** Reads a slot's records and builds the serialised search index, wherever that runs. */
export async function buildSearchJson(db: KioskDb, slot: Slot, settings: Settings): Promise<string> {
  const [pieces, vocabularies] = await Promise.all([
    db.records('pieces', slot).toArray(),
    readVocabularies(db, slot),
  ]);
  const index = createSearchIndex({ pieces, ...vocabularies, ...settings });
  return index.toJSON();
}

/**
 * The index of a sync that changed only pieces: the live index with `changes` applied, reading
 * only the written pieces (and the small vocabulary tables), not the unchanged ones. Falls back to
 * `buildSearchJson` when the live slot's stored index is missing or from another version, or the
 * languages or synonyms changed.
 */
export async function updateSearchJson(
  db: KioskDb,
  slot: Slot,
  settings: Settings,
  changes: PieceIdChanges,
): Promise<string> {
  const pointer = await readPointer(db);
  // Languages decide which texts a document holds, so a change of them re-documents every piece.
  const sameLanguages = pointer?.manifest.languages.join() === settings.languages.join();
  const previous =
    pointer && sameLanguages && pointer.slot !== slot
      ? await readSlotSearchIndexJson(db, pointer.slot, pointer.version)
      : undefined;
  if (previous !== undefined) {
    const [vocabularies, written] = await Promise.all([
      readVocabularies(db, slot),
      db.records('pieces', slot).bulkGet(changes.written),
    ]);
    if (written.some((piece) => piece === undefined)) throw new Error(`slot ${slot} lacks a written piece`);
    const pieces = written as PieceRecord[];
    try {
      return updateSearchIndexPieces(
        previous,
        { ...vocabularies, ...settings },
        { pieces, removed: changes.removed },
      ).toJSON();
    } catch {
      // Another format or other synonyms: the full build below is the answer.
    }
  }
  return buildSearchJson(db, slot, settings);
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
