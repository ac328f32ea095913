import { useLiveQuery } from 'dexie-react-hooks';
import type { PieceRecord } from '../../electron/shared/collection-records';
import { appDb, type KioskDb } from './kiosk-db';
import { rememberPieces } from './known-pieces';
import { readPointer } from './read';
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

/**
 * The index of the collection version last seen. Building it reads every piece, so it is kept
 * across screens: coming back from a piece shows the grid at once, at the place it was left.
 */
let built: BrowseData | undefined;

async function load(db: KioskDb): Promise<BrowseData | null> {
  const pointer = await readPointer(db);
  if (!pointer) return null;
  if (built?.version === pointer.version) return built;
  // The records the other screens hold too, not a copy of their own (see readPiecesPerFlip).
  const pieces = await readPiecesPerFlip(db);
  if (!pieces) return null;
  built = {
    version: pointer.version,
    pieces: new Map(pieces.map((piece) => [piece.id, piece])),
    index: createFacetIndex(pieces),
    sorter: createPieceSorter(pieces),
  };
  rememberPieces(db, built.version, built.pieces);
  return built;
}

/**
 * The browse index, built once per collection version. The live query reads only the pointer
 * when the version is unchanged, and re-runs when a sync flips to a new one; until it answers, the
 * index built earlier is returned (null only when no collection has been synced).
 */
export function useBrowseData(db: KioskDb = appDb()): BrowseData | null | undefined {
  return useLiveQuery(() => load(db), [db], built);
}
