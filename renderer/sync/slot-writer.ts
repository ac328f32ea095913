import type { ChunkRef, RecordKind } from '../../electron/shared/collection-records';
import type { KioskDb } from '../db/kiosk-db';
import { chunkStateKey, type ChunkStateRow } from '../db/meta-rows';
import { RECORD_KINDS, type Slot } from '../db/schema';
import { listingOf, type ChunkListing } from './records-in-place';

/** A record as far as storage cares: an object with a string id. */
export interface StoredRecord {
  id: string;
}

/** Checks a fetched chunk against its manifest entry; the message names the file and the record. */
export function checkChunkRecords(ref: ChunkRef, records: unknown[]): StoredRecord[] {
  if (records.length !== ref.count) {
    throw new Error(`${ref.file}: holds ${records.length} ${ref.kind}, the manifest says ${ref.count}`);
  }
  const seen = new Set<string>();
  records.forEach((record, i) => {
    const id = (record as Partial<StoredRecord> | null)?.id;
    if (typeof id !== 'string' || id === '') throw new Error(`${ref.file}: record ${i} has no string "id"`);
    if (seen.has(id)) throw new Error(`${ref.file}: id "${id}" appears twice`);
    seen.add(id);
  });
  return records as StoredRecord[];
}

/**
 * Records per put or get request. Cloning a record into or out of IndexedDB happens on the thread
 * that makes the request, in that task: a whole chunk (250 pieces) at once is a task of 25-100 ms.
 * The app syncs in its sync worker, where no tap waits; the slices are for a sync on the page (the
 * fallback), whose turn comes between two requests of one transaction (the next request is made
 * from the previous one's success event). Whole chunks in the worker measured no faster.
 */
export const RECORDS_PER_REQUEST = 100;

/** `records` in slices of RECORDS_PER_REQUEST. */
function batches<T>(records: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < records.length; i += RECORDS_PER_REQUEST)
    out.push(records.slice(i, i + RECORDS_PER_REQUEST));
  return out;
}

/**
 * Writes one chunk into a slot in ONE transaction together with its chunk row, so the row exists
 * exactly when the records do. The records are fetched or read before this is called: a fetch or
 * timer inside an IndexedDB transaction would let it auto-commit half done. `listing` is the whole
 * chunk (the row); `records` may be fewer, when the others are in place already (records-in-place.ts).
 */
export async function writeChunk(
  db: KioskDb,
  slot: Slot,
  ref: ChunkRef,
  records: StoredRecord[],
  listing: ChunkListing = listingOf(records),
) {
  const table = db.records(ref.kind, slot);
  const row: ChunkStateRow = {
    key: chunkStateKey(slot, ref.file),
    stateOf: slot,
    file: ref.file,
    kind: ref.kind,
    hash: ref.hash,
    ids: listing.ids,
  };
  if (listing.hashes) row.hashes = listing.hashes;
  await db.transaction('rw', [table, db.meta], async () => {
    for (const batch of batches(records)) await table.bulkPut(batch as never[]);
    await db.meta.put(row);
  });
}

/** Reads records by id from a slot, in order; undefined when any is missing (a copy then fetches). */
export async function readRecords(
  db: KioskDb,
  kind: RecordKind,
  slot: Slot,
  ids: readonly string[],
): Promise<StoredRecord[] | undefined> {
  const table = db.records(kind, slot);
  const records: unknown[] = [];
  for (const batch of batches(ids)) records.push(...(await table.bulkGet(batch)));
  return records.every((r) => r !== undefined) ? (records as StoredRecord[]) : undefined;
}

/**
 * Removes a chunk the manifest dropped: its records go, except ids that another wanted chunk now
 * carries (a record can move between chunks when its neighbours change).
 */
export async function dropChunk(db: KioskDb, row: ChunkStateRow, keepIds: ReadonlySet<string>) {
  const table = db.records(row.kind, row.stateOf);
  const gone = row.ids.filter((id) => !keepIds.has(id));
  await db.transaction('rw', [table, db.meta], async () => {
    await table.bulkDelete(gone);
    await db.meta.delete(row.key);
  });
}

/** Empties every record table of a slot and forgets its chunk rows and search index. */
export async function clearSlot(db: KioskDb, slot: Slot) {
  const tables = RECORD_KINDS.map((kind) => db.records(kind, slot));
  await db.transaction('rw', [...tables, db.meta], async () => {
    await Promise.all(tables.map((t) => t.clear()));
    await db.meta.where('stateOf').equals(slot).delete();
    await db.meta.delete(`search:${slot}`);
  });
}
