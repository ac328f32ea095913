import type { CollectionManifest } from '../../electron/shared/collection-records';
import type { KioskDb } from '../db/kiosk-db';
import {
  SEARCH_INDEX_STORAGE,
  searchIndexKey,
  type PointerRow,
  type SearchIndexRow,
  type StoredSearchIndex,
} from '../db/meta-rows';
import type { Slot } from '../db/schema';
import type { SearchBuilder } from './build-search';
import { dropUnlistedParts } from './search-parts-writer';

/** The row naming a slot's stored search index parts, for manifest `version`. */
export function searchIndexRow(slot: Slot, version: string, stored: StoredSearchIndex): SearchIndexRow {
  return { key: searchIndexKey(slot), version, storage: SEARCH_INDEX_STORAGE, ...stored };
}

/**
 * For a store whose live index was stored in an older layout (its pointer carries no
 * `searchStorage`) and whose collection is unchanged: builds the live slot's index again and
 * stores it in the current layout, so search does not stay empty until the collection next
 * changes. A failed build leaves everything as it was, to be tried at the next sync.
 */
export async function restoreSearchIndex(
  db: KioskDb,
  pointer: PointerRow,
  manifest: CollectionManifest,
  build: SearchBuilder,
): Promise<void> {
  const stored = await build(db, pointer.slot, manifest);
  if (!stored) return;
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put(searchIndexRow(pointer.slot, pointer.version, stored));
    await db.meta.put({ ...pointer, searchStorage: SEARCH_INDEX_STORAGE });
    await dropUnlistedParts(db, [stored]);
  });
}
