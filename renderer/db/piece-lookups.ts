import { useLiveQuery } from 'dexie-react-hooks';
import type { MakerRecord, PieceRecord, PlaceRecord } from '../../electron/shared/collection-records';
import { useRecordMap } from './hooks';
import { appDb } from './kiosk-db';
import { readPointer } from './read';

/** Makers by id (a few dozen records), to name the people and workshops on a piece. */
export function useMakerMap(): ReadonlyMap<string, MakerRecord> | undefined {
  return useRecordMap('makers');
}

/** Places by id, to name where a piece was made. */
export function usePlaceMap(): ReadonlyMap<string, PlaceRecord> | undefined {
  return useRecordMap('places');
}

/** Accession numbers sort as people read them (T.2 before T.10), as in the collection grid. */
const accessionOrder = new Intl.Collator('en', { numeric: true });

/** The last accession order read, per collection version: ten thousand ids are not re-sorted per piece. */
let cached: { version: string; ids: readonly string[] } | undefined;

/**
 * Every piece id of the live collection in accession order, read from the `accession` index
 * without loading the records themselves. The piece screen swipes through it when the visitor
 * came without a result list; `enabled: false` skips the read when the result list will do.
 */
export function useAccessionOrder(enabled = true): readonly string[] | undefined {
  return useLiveQuery(async () => {
    if (!enabled) return undefined;
    const db = appDb();
    const pointer = await readPointer(db);
    if (!pointer) return [];
    if (cached?.version === pointer.version) return cached.ids;
    const byAccession = db.records('pieces', pointer.slot).orderBy('accession');
    const [accessions, ids] = await Promise.all([byAccession.keys(), byAccession.primaryKeys()]);
    const order = ids.map((id, i) => ({ id, accession: String(accessions[i]) }));
    order.sort((a, b) => accessionOrder.compare(a.accession, b.accession));
    cached = { version: pointer.version, ids: order.map((o) => o.id) };
    return cached.ids;
  }, [enabled]);
}

/** A handful of pieces by id (related pieces, the compare pair), in the order asked; missing ones dropped. */
export function usePiecesByIds(ids: readonly string[]): PieceRecord[] | undefined {
  const key = ids.join('\n');
  return useLiveQuery(async () => {
    const db = appDb();
    const pointer = await readPointer(db);
    if (!pointer || ids.length === 0) return [];
    const found = await db.records('pieces', pointer.slot).bulkGet([...ids]);
    return found.filter((p): p is PieceRecord => p !== undefined);
    // `key` stands for `ids`: callers often pass a fresh array with the same contents.
  }, [key]);
}
