import { useLiveQuery } from 'dexie-react-hooks';
import type {
  MotifRecord,
  PieceRecord,
  RecordKind,
  RecordsByKind,
  TermRecord,
} from '../../electron/shared/collection-records';
import { appDb, type KioskDb } from './kiosk-db';
import { knownPiece } from './known-pieces';
import { lastRead, readPerFlip } from './last-read';
import type { ManifestSummary } from './meta-rows';
import { readPointer } from './read';

/**
 * Reads every record of one kind from the live slot. The pointer is read inside the same live
 * query, so a sync's flip re-runs the query against the new slot.
 */
export async function readAll<K extends RecordKind>(db: KioskDb, kind: K): Promise<RecordsByKind[K][]> {
  const pointer = await readPointer(db);
  return pointer ? db.records(kind, pointer.slot).toArray() : [];
}

/** Reads one record from the live slot. */
async function readOne<K extends RecordKind>(
  db: KioskDb,
  kind: K,
  id: string,
): Promise<RecordsByKind[K] | undefined> {
  const pointer = await readPointer(db);
  return pointer ? db.records(kind, pointer.slot).get(id) : undefined;
}

/** Accession numbers sort like people read them: T.2 before T.10. One collator, reused. */
const accessionOrder = new Intl.Collator('en', { numeric: true });

/**
 * Every piece of the live slot in accession order, read once per flip of the pointer and then the
 * same array (and the same record objects) for every screen and for the browse index. Read afresh
 * by each screen, the attract, home and search screens' copy was a second one beside the browse
 * index's whenever Dexie's query cache had let the first go (3 s after its last screen closed): 72 MB
 * more on the page at 10,000 pieces, kept until the next flip (the UI bench's heap, issue 12).
 * Call it inside a live query; undefined before the first sync.
 */
export function readPiecesPerFlip(db: KioskDb): Promise<readonly PieceRecord[] | undefined> {
  return readPerFlip(db, 'pieces', async (pointer) => {
    // Copy first: with the immutable cache the result array may be frozen.
    const pieces = [...(await db.records('pieces', pointer.slot).toArray())];
    return pieces.sort((a, b) => accessionOrder.compare(a.accession, b.accession));
  });
}

/** All pieces of the live collection, in accession order; undefined while loading. */
export function usePieces(db: KioskDb = appDb()): readonly PieceRecord[] | undefined {
  return useLiveQuery(
    async () => (await readPiecesPerFlip(db)) ?? [],
    [db],
    lastRead<readonly PieceRecord[]>(db, 'pieces'),
  );
}

/**
 * One piece; undefined while loading, null when the live collection has no such piece. A piece the
 * browse index holds is there in the first render (see known-pieces.ts).
 */
export function usePiece(id: string, db: KioskDb = appDb()): PieceRecord | null | undefined {
  return useLiveQuery(
    async () => {
      const pointer = await readPointer(db);
      if (!pointer) return null;
      return (
        knownPiece(db, id, pointer.version) ?? (await db.records('pieces', pointer.slot).get(id)) ?? null
      );
    },
    [db, id],
    knownPiece(db, id),
  );
}

/** One motif; undefined while loading, null when unknown. */
export function useMotif(id: string, db: KioskDb = appDb()): MotifRecord | null | undefined {
  return useLiveQuery(async () => (await readOne(db, 'motifs', id)) ?? null, [db, id]);
}

/**
 * Every record of one kind by id, kept per flip of the pointer (see last-read.ts): a screen mounted
 * again has the map in its first render and the same map object after its query, so nothing built
 * from it is rebuilt.
 */
export function useRecordMap<K extends 'motifs' | 'terms' | 'makers' | 'places'>(
  kind: K,
  db: KioskDb = appDb(),
): ReadonlyMap<string, RecordsByKind[K]> | undefined {
  return useLiveQuery(
    async () =>
      (await readPerFlip(db, kind, async (pointer) => {
        const records: RecordsByKind[K][] = await db.records(kind, pointer.slot).toArray();
        return new Map(records.map((r) => [r.id, r]));
      })) ?? new Map<string, RecordsByKind[K]>(),
    [db, kind],
    lastRead<ReadonlyMap<string, RecordsByKind[K]>>(db, kind),
  );
}

/** Every motif by id, for screens that label many pieces at once. */
export function useMotifMap(db: KioskDb = appDb()): ReadonlyMap<string, MotifRecord> | undefined {
  return useRecordMap('motifs', db);
}

/** Every vocabulary term by id (`vocab:key`). */
export function useTermMap(db: KioskDb = appDb()): ReadonlyMap<string, TermRecord> | undefined {
  return useRecordMap('terms', db);
}

/**
 * The live collection's manifest (languages, fallback order, title); null before the first sync.
 * The same object until the pointer flips, so the content text built from it keeps its identity.
 */
export function useCollectionInfo(db: KioskDb = appDb()): ManifestSummary | null | undefined {
  return useLiveQuery(
    async () => (await readPerFlip(db, 'manifest', (pointer) => pointer.manifest)) ?? null,
    [db],
    lastRead<ManifestSummary>(db, 'manifest'),
  );
}
