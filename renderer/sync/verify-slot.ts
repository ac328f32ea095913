import type { CollectionManifest } from '../../electron/shared/collection-records';
import type { KioskDb } from '../db/kiosk-db';
import { RECORD_KINDS, type Slot } from '../db/schema';
import { slotFiles } from './slot-state';

/**
 * Checks that a loaded slot is exactly the manifest's collection: the same chunk files (each named
 * by its content's hash; the manifest version is a hash over those hashes), chunk counts that add
 * up to the manifest's counts, and record tables holding exactly that many rows (which also
 * catches ids shared by two chunks and stray rows left by an interrupted write).
 * @returns the first problem found, or undefined when the slot is exactly the manifest's collection
 */
export async function slotProblem(
  db: KioskDb,
  slot: Slot,
  manifest: CollectionManifest,
): Promise<string | undefined> {
  // The chunk rows' keys and the tables' counts in one transaction, the counts asked at once. The
  // keys name the files; a chunk file is named by its content's hash, so the same file is the same
  // chunk (the rows themselves, with every record's id and hash, take far longer to read).
  const tables = RECORD_KINDS.map((kind) => db.records(kind, slot));
  const [held, counts] = await db.transaction('r', [db.meta, ...tables], () =>
    Promise.all([slotFiles(db, slot), Promise.all(tables.map((table) => table.count()))]),
  );
  if (held.size !== manifest.chunks.length) {
    return `slot ${slot} holds ${held.size} chunks, the manifest lists ${manifest.chunks.length}`;
  }
  for (const ref of manifest.chunks) {
    if (!held.has(ref.file)) return `slot ${slot} lacks chunk ${ref.file}`;
  }
  for (const [i, kind] of RECORD_KINDS.entries()) {
    const expected = manifest.counts[kind] ?? 0;
    const listed = manifest.chunks.filter((c) => c.kind === kind).reduce((sum, c) => sum + c.count, 0);
    if (listed !== expected) return `manifest counts ${expected} ${kind} but its chunks hold ${listed}`;
    const stored = counts[i];
    if (stored !== expected) return `slot ${slot} stores ${stored} ${kind}, expected ${expected}`;
  }
  return undefined;
}
