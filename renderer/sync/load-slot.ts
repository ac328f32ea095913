import type { ChunkRef, CollectionManifest, RecordKind } from '../../electron/shared/collection-records';
import type { KioskDb } from '../db/kiosk-db';
import type { ChunkStateRow } from '../db/meta-rows';
import { otherSlot, type Slot } from '../db/schema';
import { loadPastBadCopy } from './chunk-digest';
import type { ProgressListener, SyncPhase } from './progress';
import { planSlot, slotState } from './slot-state';
import { listingOf, RecordsInPlace, rowHashes, type ChunkListing } from './records-in-place';
import { checkChunkRecords, dropChunk, readRecords, writeChunk, type StoredRecord } from './slot-writer';
import type { CollectionSource } from './source';
import { yieldToEventLoop } from './yield';

export interface LoadStats {
  /** Chunks downloaded from the host. */
  fetched: number;
  /** Chunks copied locally from the other slot. */
  copied: number;
  /** Chunks removed because the manifest no longer lists them. */
  dropped: number;
  /** Chunks already in place. */
  kept: number;
}

export interface LoadOptions {
  allowCopy: boolean;
  phase: SyncPhase;
  onProgress?: ProgressListener;
  /** Told of each chunk's records as they arrive from the host, before they are written. */
  onFetched?: (kind: RecordKind, records: StoredRecord[]) => void;
}

/**
 * Downloads one chunk. A copy whose bytes do not match the manifest (a damaged file on the host, or
 * a bad copy in the HTTP cache, where chunks stay for good) is fetched once more past the cache;
 * a second bad copy rejects with `ChunkDamagedError`, which abandons the sync.
 */
function fetchChunk(source: CollectionSource, ref: ChunkRef): Promise<unknown[]> {
  return loadPastBadCopy((options) => source.chunk(ref, options));
}

/**
 * Brings one slot to the manifest: adds missing chunks (copied from the other slot when it holds
 * them, else fetched), then drops chunks no longer listed. Each chunk is its own transaction and the
 * loop yields between chunks, so an interruption loses at most one chunk and the UI stays live.
 */
export async function loadSlot(
  db: KioskDb,
  source: CollectionSource,
  slot: Slot,
  manifest: CollectionManifest,
  options: LoadOptions,
): Promise<LoadStats> {
  const [target, other] = await Promise.all([slotState(db, slot), slotState(db, otherSlot(slot))]);
  const plan = planSlot(target, other, manifest, options.allowCopy);
  const stats: LoadStats = { fetched: 0, copied: 0, dropped: 0, kept: plan.keep.length };
  const total = plan.add.length + plan.drop.length;
  let done = 0;
  const report = () => options.onProgress?.({ phase: options.phase, done, total });
  report();

  const wantedIds = new Map<RecordKind, Set<string>>();
  const want = (kind: RecordKind, ids: string[]) => {
    const set = wantedIds.get(kind) ?? new Set<string>();
    for (const id of ids) set.add(id);
    wantedIds.set(kind, set);
  };
  for (const row of plan.keep) want(row.kind, row.ids);

  // Records the slot holds already with the same content (the same id and record hash, which the
  // compiler makes from the record) are not written again: a chunk whose one record changed writes
  // that record and its row, not the chunk's other few hundred.
  const inPlace = new RecordsInPlace(target);
  /** A chunk's listing and the records of it that are not in place, copied from the other slot. */
  const copy = async (from: ChunkStateRow) => {
    const listing: ChunkListing = { ids: from.ids, hashes: rowHashes(from) };
    const needed = inPlace.missing(from.kind, listing).map((i) => from.ids[i]!);
    const records = await readRecords(db, from.kind, from.stateOf, needed);
    return records && { listing, records };
  };
  /**
   * Downloads begun ahead, by position in `plan.add`: the next chunk arrives (fetched, hashed,
   * parsed) while this one is written, rather than after. Only one ahead: a chunk is a few MB.
   */
  const ahead = new Map<number, Promise<unknown[]>>();
  const downloadAhead = (i: number) => {
    const next = plan.add[i];
    if (!next || next.copyFrom || ahead.has(i)) return;
    const pending = fetchChunk(source, next.ref);
    // Its failure is met when the loop reaches it; one that the loop never reaches is dropped.
    pending.catch(() => {});
    ahead.set(i, pending);
  };
  /** The same, fetched from the host (handed to `onFetched` whole, in the manifest's order). */
  const download = async (ref: ChunkRef, i: number) => {
    const pending = ahead.get(i) ?? fetchChunk(source, ref);
    ahead.delete(i);
    const fetched = checkChunkRecords(ref, await pending);
    if (options.onFetched) {
      options.onFetched(ref.kind, fetched);
      // Handing the records over costs a copy: not in the same task as the write's own copy.
      await yieldToEventLoop();
    }
    const listing = listingOf(fetched);
    return { listing, records: inPlace.missing(ref.kind, listing).map((i) => fetched[i]!) };
  };
  for (const [i, { ref, copyFrom }] of plan.add.entries()) {
    downloadAhead(i + 1);
    const copied = copyFrom && (await copy(copyFrom));
    const { listing, records } = copied || (await download(ref, i));
    if (copied) stats.copied++;
    else stats.fetched++;
    await writeChunk(db, slot, ref, records, listing);
    inPlace.placed(ref.kind, listing);
    want(ref.kind, listing.ids);
    done++;
    report();
    await yieldToEventLoop();
  }

  for (const row of plan.drop) {
    await dropChunk(db, row, wantedIds.get(row.kind) ?? new Set());
    stats.dropped++;
    done++;
    report();
    await yieldToEventLoop();
  }
  return stats;
}
