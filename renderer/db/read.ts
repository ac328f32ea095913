import type { KioskDb } from './kiosk-db';
import type { PointerRow } from './meta-rows';

/** The live pointer, or undefined when nothing has been synced yet (or the row is unusable). */
export async function readPointer(db: KioskDb): Promise<PointerRow | undefined> {
  const row = await db.meta.get('pointer');
  return isPointerRow(row) ? row : undefined;
}

/** Structural check: a pointer written by an older build or damaged on disk counts as absent. */
export function isPointerRow(row: unknown): row is PointerRow {
  if (typeof row !== 'object' || row === null) return false;
  const r = row as Partial<PointerRow>;
  return (
    r.key === 'pointer' &&
    (r.slot === 'a' || r.slot === 'b') &&
    typeof r.version === 'string' &&
    typeof r.schema === 'number' &&
    typeof r.counts === 'object' &&
    r.counts !== null &&
    typeof r.manifest === 'object' &&
    r.manifest !== null
  );
}
