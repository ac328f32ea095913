import { KioskDb } from './kiosk-db';
import { searchIndexKey, type PointerRow } from './meta-rows';

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

/**
 * The serialised search index of the live slot (built at sync time), for `loadSearchIndex`;
 * undefined before the first sync or when no index was stored.
 */
export async function readSearchIndexJson(db: KioskDb): Promise<string | undefined> {
  const pointer = await readPointer(db);
  if (!pointer) return undefined;
  const row = await db.meta.get(searchIndexKey(pointer.slot));
  return row && 'json' in row && row.version === pointer.version ? row.json : undefined;
}

/** `readSearchIndexJson` through a connection of its own, closed again: for the query worker. */
export async function readSearchIndexJsonFrom(dbName: string): Promise<string | undefined> {
  const db = new KioskDb(dbName);
  try {
    return await readSearchIndexJson(db);
  } finally {
    db.close();
  }
}
