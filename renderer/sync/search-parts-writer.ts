import type { KioskDb } from '../db/kiosk-db';
import { SEARCH_PART_PREFIX, type SearchPartRow, type StoredSearchIndex } from '../db/meta-rows';
import { cutSearchLines, cutSearchText, type StoredLine } from '../../electron/shared/search/cut-search-text';

/**
 * Stores a serialised search index as parts (`cutSearchText`) and says which, in order. Only
 * parts not stored yet are written: after a small change most of the text is the live index's, and
 * those rows are shared rather than copied. The caller then writes the slot's index row naming them;
 * it runs in the search worker, so the page never holds or clones the whole text.
 */
export async function storeSearchText(db: KioskDb, json: string): Promise<StoredSearchIndex> {
  const { index, texts } = cutSearchText(json);
  await storeParts(db, texts);
  return index;
}

/**
 * The keys of every stored part (a few hundred short keys, one request): asking for each fresh key
 * on its own costs a round trip per key.
 */
export async function storedPartKeys(db: KioskDb): Promise<ReadonlySet<string>> {
  return new Set(await db.meta.where('key').startsWith(SEARCH_PART_PREFIX).primaryKeys());
}

/**
 * `storeSearchText` line by line (each line is cut on its own, so a line can be reused whole): a
 * string line is cut and stored, a `StoredLine` is an unchanged line of a stored index, taken as is.
 * `names` is given when the head was stored cut (see `StoredSearchIndex.names`). `known` maps the
 * text of parts the live index lists (and the caller read) to their keys: a cut that comes out as
 * one of them is neither hashed again nor looked up, since an update leaves most parts as they were.
 * `storedKeys` is `storedPartKeys` asked for earlier, so that the read overlapped the update's work
 * (parts are only deleted at a flip, which waits for this).
 */
export async function storeSearchLines(
  db: KioskDb,
  lines: readonly (string | StoredLine)[],
  names?: string[][],
  known?: ReadonlyMap<string, SearchPartRow['key']>,
  documentGroups?: number,
  storedKeys?: Promise<ReadonlySet<string>>,
): Promise<StoredSearchIndex> {
  const { index, texts } = cutSearchLines(lines, names, known, documentGroups);
  await storeParts(db, texts, storedKeys);
  return index;
}

/** Writes the parts not stored yet (`storedKeys`: `storedPartKeys`, when already asked for). */
export async function storeParts(
  db: KioskDb,
  texts: ReadonlyMap<SearchPartRow['key'], string>,
  storedKeys?: Promise<ReadonlySet<string>>,
): Promise<void> {
  if (texts.size === 0) return;
  const stored = await (storedKeys ?? storedPartKeys(db));
  const rows: SearchPartRow[] = [];
  for (const [key, text] of texts) if (!stored.has(key)) rows.push({ key, text });
  if (rows.length > 0) await db.meta.bulkPut(rows);
}

/**
 * Deletes the part rows that no index in `keep` lists. Run inside the flip's transaction, when the
 * old slot's index goes: parts only it used are garbage from then on.
 */
export async function dropUnlistedParts(db: KioskDb, keep: readonly StoredSearchIndex[]): Promise<void> {
  const listed = new Set<string>(keep.flatMap((index) => index.parts));
  const all = await db.meta.where('key').startsWith(SEARCH_PART_PREFIX).primaryKeys();
  const unlisted = all.filter((key) => !listed.has(key));
  if (unlisted.length > 0) await db.meta.bulkDelete(unlisted);
}
