import { useLiveQuery } from 'dexie-react-hooks';
import type {
  MotifRecord,
  PieceRecord,
  RecordKind,
  RecordsByKind,
  TermRecord,
} from '../../electron/shared/collection-records';
import { appDb, type KioskDb } from './kiosk-db';
import { lastRead, readPerFlip } from './last-read';
import { heldPiece, readPiece } from './piece-prefetch';
import type { ManifestSummary } from './meta-rows';
import { readPointer } from './read';
import { sharedValues, shareValues } from '../records/share-values';
import { pieceSummary, type PieceSummary } from '../records/piece-summary';

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
 * Whole records read per request while summarising: each batch is let go before the next arrives,
 * so they die young instead of the page holding all 72 MB at once (the UI bench's 10,000 pieces).
 * A batch is one task of the page (the records' copying out of IndexedDB, then their summaries):
 * at 1,000 records (about 7 MB) a cold start of the browse screen ran nine to eleven such tasks of
 * 50-164 ms and showed its first card after 3.6-4.0 s; at 100, one task over 50 ms and 3.1-3.2 s
 * (the UI bench's `coldBrowseMs`, 2026-12-05).
 */
const SUMMARY_BATCH = 100;

/**
 * Every piece of the live slot as the list screens hold it (see piece-summary.ts), in accession
 * order, read once per flip of the pointer and then the same array (and the same objects) for every
 * screen and for the browse index. Read afresh by each screen, the attract, home and search screens'
 * copy was a second one beside the browse index's whenever Dexie's query cache had let the first go
 * (3 s after its last screen closed): 72 MB more on the page at 10,000 pieces (issue 12).
 * Call it inside a live query; undefined before the first sync.
 */
export function readPiecesPerFlip(db: KioskDb): Promise<readonly PieceSummary[] | undefined> {
  return readPerFlip(db, 'pieces', async (pointer) => {
    const table = db.records('pieces', pointer.slot);
    // In a transaction of its own: Dexie's live-query cache keeps what a live query reads (here every
    // whole record) for as long as the query is subscribed, and skips explicit transactions.
    const pieces = await db.transaction('r', table, async () => {
      const summaries: PieceSummary[] = [];
      // One copy of each text and small value across all summaries (share-values.ts); the pool
      // itself is let go after this read.
      const shared = sharedValues();
      let batch: PieceRecord[];
      do {
        // Batches follow the primary key: the next begins after the last id read.
        const last = summaries.at(-1)?.id;
        const from = last === undefined ? table.orderBy(':id') : table.where(':id').above(last);
        batch = await from.limit(SUMMARY_BATCH).toArray();
        for (const piece of batch) summaries.push(shareValues(pieceSummary(piece), shared));
      } while (batch.length === SUMMARY_BATCH);
      return summaries;
    });
    return pieces.sort((a, b) => accessionOrder.compare(a.accession, b.accession));
  });
}

/** All pieces of the live collection as the list screens hold them, in accession order; undefined while loading. */
export function usePieces(db: KioskDb = appDb()): readonly PieceSummary[] | undefined {
  return useLiveQuery(
    async () => (await readPiecesPerFlip(db)) ?? [],
    [db],
    lastRead<readonly PieceSummary[]>(db, 'pieces'),
  );
}

/**
 * One whole piece, for the piece screen; undefined while loading, null when the live collection has
 * no such piece. Read by key, or taken from a read begun ahead (piece-prefetch.ts): the list screens
 * hold summaries, not records.
 */
export function usePiece(id: string, db: KioskDb = appDb()): PieceRecord | null | undefined {
  return useLiveQuery(
    async () => {
      const pointer = await readPointer(db);
      return pointer ? ((await readPiece(db, pointer, id)) ?? null) : null;
    },
    [db, id],
    heldPiece(db, id),
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
