import type { CollectionManifest } from '../../electron/shared/collection-records';
import type { KioskDb } from '../db/kiosk-db';
import type { Slot } from '../db/schema';

/**
 * Builds the search index from a freshly loaded slot and returns it serialised, or undefined when
 * there is nothing to persist. It runs at sync time, before the pointer flip, so a restart loads
 * the stored index instead of rebuilding it.
 */
export type SearchBuilder = (
  db: KioskDb,
  slot: Slot,
  manifest: CollectionManifest,
) => Promise<string | undefined>;

/**
 * The one call site of the search module (renderer/search, written separately). Until that
 * module exists no index is persisted and search has nothing to load.
 */
export const buildSearchIndex: SearchBuilder = async () => undefined;
