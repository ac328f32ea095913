import { useLiveQuery } from 'dexie-react-hooks';
import type { PieceRecord } from '../../electron/shared/collection-records';
import { appDb, type KioskDb } from './kiosk-db';
import { rememberPieces } from './known-pieces';
import { lastRead, readPerFlip } from './last-read';
import { readPiecesPerFlip } from './hooks';
import { createFacetIndex, createPieceSorter, type FacetIndex, type PieceSorter } from '../facets';

/** The live collection's pieces, indexed for filtering and sorting. */
export interface BrowseData {
  /** Manifest version the index was built from. */
  version: string;
  pieces: ReadonlyMap<string, PieceRecord>;
  index: FacetIndex;
  sorter: PieceSorter;
}

const KEY = 'browse-index';

/**
 * The browse index of the live slot, built once per flip of the pointer and kept across screens
 * (see last-read.ts): coming back from a piece shows the grid at once, at the place it was left.
 * Per flip, not per version: a rebuild of the same version into the other slot brings new records,
 * and an index kept by version held the old ones beside them.
 */
export async function loadBrowseData(db: KioskDb): Promise<BrowseData | null> {
  const built = await readPerFlip(db, KEY, async (pointer) => {
    // The records the other screens hold too, not a copy of their own. Should the pointer flip
    // between the two reads, the next run of the live query builds again under the new flip.
    const pieces = await readPiecesPerFlip(db);
    if (!pieces) return null;
    const data: BrowseData = {
      version: pointer.version,
      pieces: new Map(pieces.map((piece) => [piece.id, piece])),
      index: createFacetIndex(pieces),
      sorter: createPieceSorter(pieces),
    };
    rememberPieces(db, data.version, data.pieces);
    return data;
  });
  return built ?? null;
}

/**
 * The browse index, built once per flip of the pointer. The live query reads only the pointer
 * when it has not flipped, and re-runs when a sync flips it; until it answers, the index built
 * earlier is returned (null only when no collection has been synced).
 */
export function useBrowseData(db: KioskDb = appDb()): BrowseData | null | undefined {
  return useLiveQuery(() => loadBrowseData(db), [db], lastRead<BrowseData | null>(db, KEY));
}
