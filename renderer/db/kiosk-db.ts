import Dexie, { type Table } from 'dexie';
import type { RecordKind, RecordsByKind } from '../../electron/shared/collection-records';
import type { MetaRow } from './meta-rows';
import { DEFAULT_DB_NAME, STORE_SCHEMA_VERSION, slotTable, storesSpec, type Slot } from './schema';

/**
 * The kiosk's one IndexedDB database. Record tables exist twice (slots `a` and `b`); only the sync
 * engine writes to them, everything else reads through the `pointer` meta row.
 */
export class KioskDb extends Dexie {
  declare meta: Table<MetaRow, string>;

  constructor(name: string = DEFAULT_DB_NAME) {
    // Live-query results are frozen and shared instead of deep-cloned: readers never mutate them.
    super(name, { cache: 'immutable' });
    this.version(STORE_SCHEMA_VERSION)
      .stores(storesSpec())
      .upgrade(async (tx) => {
        // Any older layout is disposable: wiping it makes the next start rebuild from the host.
        await Promise.all(tx.storeNames.map((store) => tx.table(store).clear()));
      });
  }

  /** The physical table of one record kind in one slot. */
  records<K extends RecordKind>(kind: K, slot: Slot): Table<RecordsByKind[K], string> {
    return this.table(slotTable(kind, slot));
  }
}

let shared: KioskDb | undefined;

/** The database the app uses (created on first call). Tests construct `KioskDb` directly. */
export function appDb(): KioskDb {
  shared ??= new KioskDb();
  return shared;
}
