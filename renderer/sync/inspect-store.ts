import type { KioskDb } from '../db/kiosk-db';
import type { PointerRow } from '../db/meta-rows';
import { isPointerRow } from '../db/read';
import { RECORD_KINDS, STORE_SCHEMA_VERSION } from '../db/schema';

/** What the boot logic finds in IndexedDB before asking the host anything. */
export type StoreHealth =
  | { state: 'empty' }
  | { state: 'ready'; pointer: PointerRow }
  /** Written by another store layout: shown meanwhile, but the next sync rebuilds. */
  | { state: 'stale-schema'; pointer: PointerRow }
  /** The live slot does not hold what its pointer says: rebuild from the host. */
  | { state: 'corrupt'; detail: string }
  /** IndexedDB refused to open the database at all (e.g. written by a newer build). */
  | { state: 'unopenable'; detail: string };

/** Checks the pointer and the live slot's row counts: a handful of cheap reads. */
export async function inspectStore(db: KioskDb): Promise<StoreHealth> {
  let raw: unknown;
  try {
    await db.open();
    raw = await db.meta.get('pointer');
  } catch (error) {
    return { state: 'unopenable', detail: error instanceof Error ? error.message : String(error) };
  }
  // No pointer: nothing was ever made live (an interrupted first sync resumes from its chunk rows).
  if (raw === undefined) return { state: 'empty' };
  if (!isPointerRow(raw)) return { state: 'corrupt', detail: 'the pointer row is unreadable' };
  const pointer: PointerRow = raw;
  try {
    if (pointer.schema !== STORE_SCHEMA_VERSION) return { state: 'stale-schema', pointer };
    for (const kind of RECORD_KINDS) {
      const stored = await db.records(kind, pointer.slot).count();
      const expected = pointer.counts[kind] ?? 0;
      if (stored !== expected) {
        return {
          state: 'corrupt',
          detail: `slot ${pointer.slot} stores ${stored} ${kind}, pointer says ${expected}`,
        };
      }
    }
  } catch (error) {
    return { state: 'corrupt', detail: error instanceof Error ? error.message : String(error) };
  }
  return { state: 'ready', pointer };
}
