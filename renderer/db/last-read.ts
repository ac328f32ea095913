import type { KioskDb } from './kiosk-db';
import type { PointerRow } from './meta-rows';
import { readPointer } from './read';

/**
 * What the live hooks last read, per database and per flip of the pointer. The piece screen mounts
 * afresh on every tap in the grid; without this it painted nothing until five live queries had each
 * gone to IndexedDB and back (most of its tap-to-detail time in the UI bench). With it, the first
 * render has the vocabularies, and a query whose flip is unchanged answers from memory after
 * reading only the pointer - which is also what makes it re-run when a sync flips.
 */
interface Remembered {
  /** Which flip of the pointer the value was read under. */
  flip: string;
  value: unknown;
}

const memory = new WeakMap<KioskDb, Map<string, Remembered>>();
const lastPointers = new WeakMap<KioskDb, PointerRow>();

function rememberedOf(db: KioskDb): Map<string, Remembered> {
  let kept = memory.get(db);
  if (!kept) {
    kept = new Map();
    memory.set(db, kept);
  }
  return kept;
}

/** One flip of the pointer: a re-sync of the same version into the other slot is a new one. */
export function flipOf(pointer: PointerRow): string {
  return `${pointer.slot}|${pointer.version}|${pointer.syncedAt}`;
}

/**
 * `read(pointer)` for the live slot, remembered under `key` until the pointer flips; undefined
 * before the first sync. Call it inside a live query: the pointer read is what it observes.
 */
export async function readPerFlip<T>(
  db: KioskDb,
  key: string,
  read: (pointer: PointerRow) => Promise<T> | T,
): Promise<T | undefined> {
  const pointer = await readPointer(db);
  if (!pointer) return undefined;
  lastPointers.set(db, pointer);
  const kept = rememberedOf(db).get(key);
  if (kept?.flip === flipOf(pointer)) return kept.value as T;
  const value = await read(pointer);
  rememberedOf(db).set(key, { flip: flipOf(pointer), value });
  return value;
}

/**
 * What `key` read last, whatever the flip: a screen's first render paints with it, and its live
 * query replaces it at once if a sync has flipped since.
 */
export function lastRead<T>(db: KioskDb, key: string): T | undefined {
  return memory.get(db)?.get(key)?.value as T | undefined;
}

/**
 * The pointer the live hooks read last: where a read ahead (piece-prefetch.ts) looks without a
 * round trip for the pointer first. Undefined until a live hook has read it.
 */
export function lastPointer(db: KioskDb): PointerRow | undefined {
  return lastPointers.get(db);
}
