import type { KioskDb } from '../db/kiosk-db';
import type { ChunkStateRow } from '../db/meta-rows';
import type { Slot } from '../db/schema';
import { slotState } from './slot-state';

/** Ids of the pieces a loaded slot holds anew or no longer holds, compared with the live slot. */
export interface PieceIdChanges {
  written: string[];
  removed: string[];
}

/**
 * What the freshly loaded `target` slot holds that differs from the `live` one, when only piece
 * chunks differ; undefined when any other kind does (piece documents carry motif names, term labels
 * and places, so then every piece may be affected). Both slots' chunk rows are their exact contents,
 * so the answer does not depend on how the load got there (fetched, copied, resumed after a cut).
 */
export async function pieceChangesSince(
  db: KioskDb,
  live: Slot,
  target: Slot,
): Promise<PieceIdChanges | undefined> {
  const [liveRows, targetRows] = await Promise.all([slotState(db, live), slotState(db, target)]);
  const key = (row: ChunkStateRow) => `${row.kind}\n${row.file}\n${row.hash}`;
  const liveKeys = new Set(liveRows.map(key));
  const targetKeys = new Set(targetRows.map(key));
  const added = targetRows.filter((row) => !liveKeys.has(key(row)));
  const dropped = liveRows.filter((row) => !targetKeys.has(key(row)));
  if ([...added, ...dropped].some((row) => row.kind !== 'pieces')) return undefined;
  const written = added.flatMap((row) => row.ids);
  // A piece that moved to another chunk is written, not removed.
  const stays = new Set(written);
  const removed = dropped.flatMap((row) => row.ids).filter((id) => !stays.has(id));
  return { written, removed };
}
