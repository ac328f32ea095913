import { useLiveQuery } from 'dexie-react-hooks';
import { appDb, type KioskDb } from './kiosk-db';
import { readPointer } from './read';
import { readPiecesPerFlip } from './hooks';
import type { PieceSummary } from '../records/piece-summary';
import { createFacetIndex, createPieceSorter, type FacetIndex, type PieceSorter } from '../facets';

/** The live collection's pieces, indexed for filtering and sorting. */
export interface BrowseData {
  /** Manifest version the index was built from. */
  version: string;
  /** The pieces array it was built from: one per flip of the pointer (see readPiecesPerFlip). */
  source: readonly PieceSummary[];
  pieces: ReadonlyMap<string, PieceSummary>;
  index: FacetIndex;
  sorter: PieceSorter;
}

/**
 * The index of the flip of the pointer last seen. Building it reads every piece, so it is kept
 * across screens: coming back from a piece shows the grid at once, at the place it was left.
 */
let built: BrowseData | undefined;

/** The browse index of the live slot, built anew only when the pointer has flipped since. */
export async function loadBrowseData(db: KioskDb): Promise<BrowseData | null> {
  const pointer = await readPointer(db);
  if (!pointer) return null;
  // The records the other screens hold too, not a copy of their own, and the same array until the
  // pointer flips. Kept by that array, not by version alone: a rebuild of the same version into the
  // other slot brings new records, and an index kept by version held the old ones beside them. (The
  // version too, in case the pointer flipped between the two reads: the next run then corrects it.)
  const pieces = await readPiecesPerFlip(db);
  if (!pieces) return null;
  if (built?.source === pieces && built.version === pointer.version) return built;
  built = {
    version: pointer.version,
    source: pieces,
    pieces: new Map(pieces.map((piece) => [piece.id, piece])),
    index: createFacetIndex(pieces),
    sorter: createPieceSorter(pieces),
  };
  return built;
}

/**
 * The browse index, built once per flip of the pointer. The live query reads only the pointer
 * when it has not flipped, and re-runs when a sync flips it; until it answers, the index built
 * earlier is returned (null only when no collection has been synced).
 */
export function useBrowseData(db: KioskDb = appDb()): BrowseData | null | undefined {
  return useLiveQuery(() => loadBrowseData(db), [db], built);
}
