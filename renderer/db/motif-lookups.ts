import { useLiveQuery } from 'dexie-react-hooks';
import type { PieceRecord } from '../../electron/shared/collection-records';
import { appDb, type KioskDb } from './kiosk-db';
import { readPointer } from './read';

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

/**
 * Ids of up to `limit` other pieces sharing a motif with a piece, motif by motif in the piece's
 * own order: the "related" list's automatic part after the curator's own. Keys only, no records.
 */
export function useSameMotifPieceIds(
  pieceId: string,
  motifIds: readonly string[],
  limit: number,
  db: KioskDb = appDb(),
): readonly string[] | undefined {
  const key = motifIds.join('\n');
  return useLiveQuery(async () => {
    const pointer = await readPointer(db);
    if (!pointer) return [];
    const found = new Set<string>();
    for (const motifId of motifIds) {
      const ids = await db.records('pieces', pointer.slot).where('motifIds').equals(motifId).primaryKeys();
      for (const id of ids) if (id !== pieceId) found.add(id);
      if (found.size >= limit) break;
    }
    return [...found].slice(0, limit);
    // `key` stands for `motifIds`, a fresh array on every render.
  }, [db, pieceId, key, limit]);
}

/**
 * How many times each key occurs. Fed with the keys of the pieces' multi-entry motif index (one
 * key per piece and motif), it counts the pieces that carry each motif without reading any piece.
 */
export function tally(keys: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}
