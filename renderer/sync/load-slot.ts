import type { ChunkRef, CollectionManifest, RecordKind } from '../../electron/shared/collection-records';
import type { KioskDb } from '../db/kiosk-db';
import { otherSlot, type Slot } from '../db/schema';
import { ChunkDamagedError } from './chunk-digest';
import type { ProgressListener, SyncPhase } from './progress';
import { planSlot, slotState } from './slot-state';
import { checkChunkRecords, dropChunk, readChunk, writeChunk, type StoredRecord } from './slot-writer';
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
async function fetchChunk(source: CollectionSource, ref: ChunkRef): Promise<unknown[]> {
  try {
    return await source.chunk(ref);
  } catch (error) {
    if (!(error instanceof ChunkDamagedError)) throw error;
    return source.chunk(ref, { reload: true });
  }
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

  for (const { ref, copyFrom } of plan.add) {
    let records: StoredRecord[] | undefined = copyFrom ? await readChunk(db, copyFrom) : undefined;
    if (records) stats.copied++;
    else {
      records = checkChunkRecords(ref, await fetchChunk(source, ref));
      if (options.onFetched) {
        options.onFetched(ref.kind, records);
        // Handing the records over costs a copy: not in the same task as the write's own copy.
        await yieldToEventLoop();
      }
      stats.fetched++;
    }
    await writeChunk(db, slot, ref, records);
    want(
      ref.kind,
      records.map((r) => r.id),
    );
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
