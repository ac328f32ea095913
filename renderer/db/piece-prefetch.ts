import type { PieceRecord } from '../../electron/shared/collection-records';
import type { KioskDb } from './kiosk-db';
import { flipOf, lastPointer } from './last-read';
import type { PointerRow } from './meta-rows';

/**
 * Whole piece records read ahead of the piece screen. The list screens hold summaries only
 * (piece-summary.ts), so the piece screen reads its record from IndexedDB; begun when a card is
 * pressed, that read runs while the touch goes up and the click turns into navigation instead of
 * after it, and the screen's first render usually has the record (the UI bench's tap to detail lost
 * about 20 ms at the median without it). The pieces either side of the one shown are read ahead
 * for the swipe. A few records are kept, per flip of the pointer.
 */
const HELD = 16;

interface Read {
  flip: string;
  promise: Promise<PieceRecord | undefined>;
  /** Set once the read has come back. */
  value?: PieceRecord | null;
}

const held = new WeakMap<KioskDb, Map<string, Read>>();

function readsOf(db: KioskDb): Map<string, Read> {
  let reads = held.get(db);
  if (!reads) {
    reads = new Map();
    held.set(db, reads);
  }
  return reads;
}

/** The read of piece `id` under `pointer`: the one begun ahead when there is one, else a new one. */
export function readPiece(db: KioskDb, pointer: PointerRow, id: string): Promise<PieceRecord | undefined> {
  const reads = readsOf(db);
  const flip = flipOf(pointer);
  const begun = reads.get(id);
  if (begun?.flip === flip) return begun.promise;
  const read: Read = { flip, promise: db.records('pieces', pointer.slot).get(id) };
  read.promise.then(
    (piece) => (read.value = piece ?? null),
    () => reads.get(id) === read && reads.delete(id),
  );
  reads.delete(id);
  reads.set(id, read);
  // Oldest first in a Map: let go of the oldest reads past the few kept.
  for (const key of reads.keys()) {
    if (reads.size <= HELD) break;
    reads.delete(key);
  }
  return read.promise;
}

/**
 * Begins reading piece `id` from the slot the live hooks saw last (nothing before they have seen
 * one). Errors are left to the piece screen's own read.
 */
export function prefetchPiece(db: KioskDb, id: string): void {
  const pointer = lastPointer(db);
  if (pointer) readPiece(db, pointer, id).catch(() => undefined);
}

/**
 * Piece `id` as a read ahead brought it back under the pointer the live hooks saw last: the piece
 * screen's first render. Undefined while it is still on its way, or when none was begun.
 */
export function heldPiece(db: KioskDb, id: string): PieceRecord | null | undefined {
  const pointer = lastPointer(db);
  const read = held.get(db)?.get(id);
  return pointer && read?.flip === flipOf(pointer) ? read.value : undefined;
}
