import type { RecordKind } from '../../electron/shared/collection-records';

/**
 * Version of the IndexedDB layout (tables, indexes, meta rows) and of the records stored in it.
 * Bump it whenever any of that changes, including the compiled record shape
 * (COMPILED_SCHEMA_VERSION): the Dexie version follows it, and the upgrade clears the store so the
 * next start resyncs from the host instead of reading rows in a shape the code no longer expects.
 * 2: thumbnails became a list (compiled schema 2).
 * 3: maker names became language maps (compiled schema 3).
 */
export const STORE_SCHEMA_VERSION = 3;

/** Default database name; tests pass their own so they never share state. */
export const DEFAULT_DB_NAME = 'batik-kiosk';

/** The two physical copies of every record table; the `pointer` meta row says which one is live. */
export type Slot = 'a' | 'b';

const SLOTS: readonly Slot[] = ['a', 'b'];

export const RECORD_KINDS: readonly RecordKind[] = ['pieces', 'motifs', 'terms', 'makers', 'places'];

/**
 * Dexie index specs per record kind. `*` marks multi-entry indexes (a piece has several motifs,
 * techniques and colour families); dotted paths index nested fields for the browse facets.
 */
const RECORD_INDEXES: Record<RecordKind, string> = {
  pieces:
    'id, accession, group, *motifIds, production.region, *techniques, production.era, *colours, objectType, production.date.earliest',
  motifs: 'id, family, *origins, *colours',
  terms: 'id, vocab',
  makers: 'id, kind',
  places: 'id, region',
};

/** `stateOf` indexes the per-chunk rows so a slot's contents can be listed in one query. */
const META_INDEXES = 'key, stateOf';

/** The physical table name of one kind in one slot, e.g. `pieces_b`. */
export function slotTable(kind: RecordKind, slot: Slot): string {
  return `${kind}_${slot}`;
}

export function otherSlot(slot: Slot): Slot {
  return slot === 'a' ? 'b' : 'a';
}

/** The full Dexie `stores()` spec for the current schema. */
export function storesSpec(): Record<string, string> {
  const spec: Record<string, string> = { meta: META_INDEXES };
  for (const kind of RECORD_KINDS) {
    for (const slot of SLOTS) spec[slotTable(kind, slot)] = RECORD_INDEXES[kind];
  }
  return spec;
}
