import type { ChunkRef, CollectionManifest, RecordKind } from '../../electron/shared/collection-records';
import type { KioskDb } from '../db/kiosk-db';
import { chunkStateKey, type ChunkStateRow } from '../db/meta-rows';
import { otherSlot, type Slot } from '../db/schema';
import { loadPastBadCopy } from './chunk-digest';
import type { ProgressListener, SyncPhase } from './progress';
import { planSlot, sameChunk, slotFiles, slotState } from './slot-state';
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
  const other = otherSlot(slot);
  /**
   * Downloads begun ahead, by file: the next chunk arrives (fetched, hashed, parsed) while this one
   * is written, rather than after. Only one ahead: a chunk is a few MB.
   */
  const ahead = new Map<string, Promise<unknown[]>>();
  const downloadAhead = (next: { ref: ChunkRef; copy?: true } | undefined) => {
    if (!next || next.copy || ahead.has(next.ref.file)) return;
    const pending = fetchChunk(source, next.ref);
    // Its failure is met when the loop reaches it; one that the loop never reaches is dropped.
    pending.catch(() => {});
    ahead.set(next.ref.file, pending);
  };
  // Which files each slot holds, from the rows' keys alone (a few ms). That names the first chunk
  // this slot must download, begun now, while its rows are read whole (every record's id and hash:
  // tens of ms at 10,000 pieces). After a one-record change, those two were most of the wait.
  const [targetFiles, otherFiles] = await Promise.all([slotFiles(db, slot), slotFiles(db, other)]);
  const fetchedFirst = manifest.chunks.find(
    (ref) => !targetFiles.has(ref.file) && !(options.allowCopy && otherFiles.has(ref.file)),
  );
  downloadAhead(fetchedFirst && { ref: fetchedFirst });
  const target = await slotState(db, slot);
  const plan = planSlot(target, otherFiles, manifest, options.allowCopy);
  const stats: LoadStats = { fetched: 0, copied: 0, dropped: 0, kept: plan.keep.length };
  const total = plan.add.length + plan.drop.length;
  let done = 0;
  const report = () => options.onProgress?.({ phase: options.phase, done, total });
  report();

  // The id lists of the chunks the slot keeps or gains, by kind: a dropped chunk's records go but
  // for those another of them lists (a record can move between chunks when its neighbours change).
  const wanted = new Map<RecordKind, string[][]>();
  const want = (kind: RecordKind, ids: string[]) => {
    const lists = wanted.get(kind) ?? [];
    lists.push(ids);
    wanted.set(kind, lists);
  };
  /** Of a dropped chunk's ids, those a wanted chunk lists too (one pass, no set of every id). */
  const stillWanted = (kind: RecordKind, ids: readonly string[]) => {
    const dropped = new Set(ids);
    const kept = new Set<string>();
    for (const list of wanted.get(kind) ?? []) for (const id of list) if (dropped.has(id)) kept.add(id);
    return kept;
  };
  for (const row of plan.keep) want(row.kind, row.ids);

  // Records the slot holds already with the same content (the same id and record hash, which the
  // compiler makes from the record) are not written again: a chunk whose one record changed writes
  // that record and its row, not the chunk's other few hundred.
  const inPlace = new RecordsInPlace(target);
  /**
   * A chunk's listing and the records of it that are not in place, copied from the other slot;
   * undefined when the other slot's row is not that chunk after all, or a record is missing (the
   * chunk is then fetched).
   */
  const copy = async (ref: ChunkRef) => {
    const from = (await db.meta.get(chunkStateKey(other, ref.file))) as ChunkStateRow | undefined;
    if (!from || !sameChunk(from, ref)) return undefined;
    const listing: ChunkListing = { ids: from.ids, hashes: rowHashes(from) };
    const needed = inPlace.missing(from.kind, listing).map((i) => from.ids[i]!);
    const records = await readRecords(db, from.kind, from.stateOf, needed);
    return records && { listing, records };
  };
  /** The same, fetched from the host (handed to `onFetched` whole, in the manifest's order). */
  const download = async (ref: ChunkRef) => {
    const pending = ahead.get(ref.file) ?? fetchChunk(source, ref);
    ahead.delete(ref.file);
    const fetched = checkChunkRecords(ref, await pending);
    if (options.onFetched) {
      options.onFetched(ref.kind, fetched);
      // Handing the records over costs a copy: not in the same task as the write's own copy.
      await yieldToEventLoop();
    }
    const listing = listingOf(fetched);
    return { listing, records: inPlace.missing(ref.kind, listing).map((i) => fetched[i]!) };
  };
  for (const [i, { ref, copy: fromOther }] of plan.add.entries()) {
    downloadAhead(plan.add[i + 1]);
    const copied = fromOther && (await copy(ref));
    const { listing, records } = copied || (await download(ref));
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
    await dropChunk(db, row, stillWanted(row.kind, row.ids));
    stats.dropped++;
    done++;
    report();
    await yieldToEventLoop();
  }
  return stats;
}
