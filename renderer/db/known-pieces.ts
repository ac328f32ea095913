import type { PieceRecord } from '../../electron/shared/collection-records';
import type { KioskDb } from './kiosk-db';

/**
 * The pieces the browse index holds in memory anyway (renderer/db/browse-data.ts), lent to the
 * piece screen: a tap on a card then renders its record in the first pass instead of after a read
 * from IndexedDB. Registered here rather than imported from the index, which stays out of the
 * first chunk.
 */
let known: { db: KioskDb; version: string; pieces: ReadonlyMap<string, PieceRecord> } | undefined;

export function rememberPieces(db: KioskDb, version: string, pieces: ReadonlyMap<string, PieceRecord>): void {
  known = { db, version, pieces };
}

/** The piece as held for collection `version`, or for whichever version is held when none is given. */
export function knownPiece(db: KioskDb, id: string, version?: string): PieceRecord | undefined {
  if (!known || known.db !== db || (version !== undefined && known.version !== version)) return undefined;
  return known.pieces.get(id);
}
