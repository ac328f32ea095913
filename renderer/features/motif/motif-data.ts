import { useLiveQuery } from 'dexie-react-hooks';
import type { PieceRecord, PlaceRecord } from '../../../electron/shared/collection-records';
import { readAll } from '../../db/hooks';
import { appDb, type KioskDb } from '../../db/kiosk-db';
import { readPointer } from '../../db/read';
import { tally } from './motif-view';

/** Accession numbers in reading order (T.2 before T.10), as in the grid. */
const accessionOrder = new Intl.Collator('en', { numeric: true });

/**
 * Pieces carrying each motif, counted from the pieces' multi-entry motif index: no piece record is
 * read, so the motif list stays cheap at 10,000 pieces.
 */
export function useMotifPieceCounts(db: KioskDb = appDb()): ReadonlyMap<string, number> | undefined {
  return useLiveQuery(async () => {
    const pointer = await readPointer(db);
    if (!pointer) return new Map<string, number>();
    const keys = await db.records('pieces', pointer.slot).orderBy('motifIds').keys();
    return tally(keys as string[]);
  }, [db]);
}

/** Every piece that carries one motif, in accession order; undefined while loading. */
export function useMotifPieces(motifId: string, db: KioskDb = appDb()): PieceRecord[] | undefined {
  return useLiveQuery(async () => {
    const pointer = await readPointer(db);
    if (!pointer) return [];
    const pieces = await db.records('pieces', pointer.slot).where('motifIds').equals(motifId).toArray();
    return [...pieces].sort((a, b) => accessionOrder.compare(a.accession, b.accession));
  }, [db, motifId]);
}

/** Every place by id, for origin names. */
export function usePlaceMap(db: KioskDb = appDb()): ReadonlyMap<string, PlaceRecord> | undefined {
  return useLiveQuery(async () => new Map((await readAll(db, 'places')).map((p) => [p.id, p])), [db]);
}
