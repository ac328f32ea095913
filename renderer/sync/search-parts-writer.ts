import type { KioskDb } from '../db/kiosk-db';
import { SEARCH_PART_PREFIX, type SearchPartRow, type StoredSearchIndex } from '../db/meta-rows';
import { partKey, splitText } from './split-text';

/**
 * Stores a serialised search index as parts (see split-text.ts) and says which, in order. Only
 * parts not stored yet are written: after a small change most of the text is the live index's, and
 * those rows are shared rather than copied. The caller then writes the slot's index row naming them;
 * it runs in the search worker, so the page never holds or clones the whole text.
 */
export async function storeSearchText(db: KioskDb, json: string): Promise<StoredSearchIndex> {
  const texts = splitText(json);
  const keys = texts.map(partKey);
  const stored = new Set(
    await db.meta
      .where('key')
      .anyOf([...new Set(keys)])
      .primaryKeys(),
  );
  const rows = new Map<string, SearchPartRow>();
  keys.forEach((key, i) => {
    if (!stored.has(key)) rows.set(key, { key, text: texts[i] });
  });
  if (rows.size > 0) await db.meta.bulkPut([...rows.values()]);
  return { parts: keys, chars: json.length };
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
