import type { KioskDb } from '../db/kiosk-db';
import type { Slot } from '../db/schema';
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
export declare function pieceChangesSince(db: KioskDb, live: Slot, target: Slot): Promise<PieceIdChanges | undefined>;
