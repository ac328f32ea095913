import { KioskDb } from './kiosk-db';
import {
  SEARCH_INDEX_STORAGE,
  searchIndexKey,
  type PointerRow,
  type SearchIndexRow,
  type StoredSearchIndex,
} from './meta-rows';
import type { Slot } from './schema';
import type { SplitIndexText } from '../../electron/shared/search/persisted-index';

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
  // One transaction: a flip between the pointer and the parts could drop the parts being read.
  return db.transaction('r', db.meta, async () => {
    const pointer = await readPointer(db);
    return pointer && readSlotSearchIndexJson(db, pointer.slot, pointer.version);
  });
}

/**
 * The live slot's serialised search index read in two (see `SplitIndexText`): the text before the
 * details part now, the details part begun at once and read after it; undefined before the first
 * sync or when no index was stored. The details come back undefined when a flip in between dropped
 * their parts (a newer collection, whose own index the screens then open).
 */
export async function readSearchIndexText(db: KioskDb): Promise<SplitIndexText | undefined> {
  const found = await db.transaction('r', db.meta, async () => {
    const pointer = await readPointer(db);
    const row = pointer && (await readSearchIndexRow(db, pointer.slot, pointer.version));
    if (!row) return undefined;
    const detailsParts = lineParts(row, -1);
    const front = await readSearchParts(db, row.parts.slice(0, row.parts.length - detailsParts.length));
    return front === undefined ? undefined : { front, detailsParts, detailsChars: row.chars - front.length };
  });
  if (!found) return undefined;
  const details = readSearchParts(db, found.detailsParts).then(
    (text) => (text?.length === found.detailsChars ? text : undefined),
    () => undefined,
  );
  return { front: found.front, details };
}

/**
 * The serialised search index stored for `slot` at manifest `version`, its parts joined; undefined
 * when there is none, it was stored for another version or in another layout, or a part is missing.
 */
export async function readSlotSearchIndexJson(
  db: KioskDb,
  slot: Slot,
  version: string,
): Promise<string | undefined> {
  const row = await readSearchIndexRow(db, slot, version);
  const json = row && (await readSearchParts(db, row.parts));
  return json?.length === row?.chars ? json : undefined;
}

/** The row of `slot`'s stored search index at manifest `version`, in the current layout. */
export async function readSearchIndexRow(
  db: KioskDb,
  slot: Slot,
  version: string,
): Promise<SearchIndexRow | undefined> {
  const row = await db.meta.get(searchIndexKey(slot));
  return isCurrentSearchIndexRow(row) && row.version === version ? row : undefined;
}

/** The text of stored search index parts, joined in order; undefined when one is missing. */
export async function readSearchParts(db: KioskDb, keys: readonly string[]): Promise<string | undefined> {
  return (await readSearchPartTexts(db, keys))?.join('');
}

/** The text of each of the stored search index parts `keys`, in order; undefined when one is missing. */
export async function readSearchPartTexts(
  db: KioskDb,
  keys: readonly string[],
): Promise<string[] | undefined> {
  const parts = await db.meta.bulkGet([...keys]);
  const texts: string[] = [];
  for (const part of parts) {
    if (!part || !('text' in part)) return undefined;
    texts.push(part.text);
  }
  return texts;
}

/** The part keys of line `line` of a stored search index (counted from the end when negative). */
export function lineParts(row: StoredSearchIndex, line: number): SearchIndexRow['parts'] {
  if (line < 0) line += row.lines.length;
  const start = row.lines.slice(0, line).reduce((sum, count) => sum + count, 0);
  return row.parts.slice(start, start + row.lines[line]);
}

/** A search index row in the current storage layout (rows of older layouts count as absent). */
export function isCurrentSearchIndexRow(row: unknown): row is SearchIndexRow {
  const r = row as Partial<SearchIndexRow> | undefined;
  return (
    r?.storage === SEARCH_INDEX_STORAGE &&
    Array.isArray(r.parts) &&
    Array.isArray(r.lines) &&
    typeof r.chars === 'number'
  );
}

/**
 * `readSearchIndexText` through a connection of its own, closed once the details are read: for the
 * query worker.
 */
export async function readSearchIndexTextFrom(dbName: string): Promise<SplitIndexText | undefined> {
  const db = new KioskDb(dbName);
  let text: SplitIndexText | undefined;
  try {
    text = await readSearchIndexText(db);
    return text;
  } finally {
    if (text) void text.details.finally(() => db.close());
    else db.close();
  }
}
