import type { KioskDb } from '../db/kiosk-db';
import type { ChunkStateRow } from '../db/meta-rows';
import type { Slot } from '../db/schema';
import { RecordsInPlace, rowHashes } from './records-in-place';
import { slotState } from './slot-state';

/**
 * Ids of the pieces a loaded slot holds anew or with other content (`written`), or no longer holds
 * (`removed`), compared with the live slot.
 */
export interface PieceIdChanges {
  written: string[];
  removed: string[];
}

/**
 * What the freshly loaded `target` slot holds that differs from the `live` one, when only piece
 * chunks differ; undefined when any other kind does (piece documents carry motif names, term labels
 * and places, so then every piece may be affected). Both slots' chunk rows are their exact contents,
 * so the answer does not depend on how the load got there (fetched, copied, resumed after a cut).
 * A piece of a changed chunk counts as written unless the live slot holds it with the same record
 * hash (records-in-place.ts): a one-title change is one written piece, not its chunk's 500.
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
  const inLive = new RecordsInPlace(liveRows);
  const written = added.flatMap((row) => {
    const listing = { ids: row.ids, hashes: rowHashes(row) };
    return inLive.missing('pieces', listing).map((i) => row.ids[i]!);
  });
  // A piece that moved to another chunk is not removed, whether or not it changed.
  const stays = new Set(added.flatMap((row) => row.ids));
  const removed = dropped.flatMap((row) => row.ids).filter((id) => !stays.has(id));
  return { written, removed };
}
