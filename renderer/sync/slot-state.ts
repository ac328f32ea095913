import type { ChunkRef, CollectionManifest } from '../../electron/shared/collection-records';
import type { KioskDb } from '../db/kiosk-db';
import { chunkStateKey, type ChunkStateRow } from '../db/meta-rows';
import type { Slot } from '../db/schema';

/** The chunk rows of one slot: exactly what that slot's record tables hold. */
export async function slotState(db: KioskDb, slot: Slot): Promise<ChunkStateRow[]> {
  const rows = await db.meta.where('stateOf').equals(slot).toArray();
  return rows as ChunkStateRow[];
}

/**
 * The files a slot holds chunks of, from its chunk rows' keys alone: a row lists every record's id
 * and hash, and reading all of a slot's rows takes tens of ms at 10,000 pieces.
 */
export async function slotFiles(db: KioskDb, slot: Slot): Promise<Set<string>> {
  const prefix = chunkStateKey(slot, '');
  const keys = await db.meta.where('stateOf').equals(slot).primaryKeys();
  return new Set(keys.map((key) => String(key).slice(prefix.length)));
}

/** How to bring one slot to a manifest, chunk by chunk. */
export interface SlotPlan {
  /**
   * Chunks the slot lacks; `copy` when the other slot holds a chunk of that file, whose row the
   * copy reads (and checks with `sameChunk`) first.
   */
  add: { ref: ChunkRef; copy?: true }[];
  /** Chunks the slot holds that the manifest no longer lists. */
  drop: ChunkStateRow[];
  /** Chunks already in place, untouched. */
  keep: ChunkStateRow[];
}

export function sameChunk(row: ChunkStateRow, ref: ChunkRef): boolean {
  return (
    row.file === ref.file && row.hash === ref.hash && row.kind === ref.kind && row.ids.length === ref.count
  );
}

/**
 * Diffs a slot's chunk rows against the manifest. Chunk files are named by content hash, so a chunk
 * in place is identical to the one the manifest lists and costs nothing; a chunk the other slot
 * holds can be copied locally instead of fetched.
 */
export function planSlot(
  target: ChunkStateRow[],
  otherFiles: ReadonlySet<string>,
  manifest: CollectionManifest,
  allowCopy: boolean,
): SlotPlan {
  const plan: SlotPlan = { add: [], drop: [], keep: [] };
  const wanted = new Set<ChunkStateRow>();
  for (const ref of manifest.chunks) {
    const inPlace = target.find((row) => sameChunk(row, ref));
    if (inPlace) {
      wanted.add(inPlace);
      plan.keep.push(inPlace);
      continue;
    }
    plan.add.push(allowCopy && otherFiles.has(ref.file) ? { ref, copy: true } : { ref });
  }
  plan.drop = target.filter((row) => !wanted.has(row));
  return plan;
}
