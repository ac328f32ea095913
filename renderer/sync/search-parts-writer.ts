import type { KioskDb } from '../db/kiosk-db';
import { SEARCH_PART_PREFIX, type SearchPartRow, type StoredSearchIndex } from '../db/meta-rows';
import { cutNameGroups, SEARCH_INDEX_FORMAT } from '../search';
import { partKey, splitText } from './split-text';

/** One line of a stored index kept as it is: its part keys and its length. */
export interface StoredLine {
  parts: SearchPartRow['key'][];
  chars: number;
}

/** The lines of a serialised index, each but the last with its newline (they join back to `json`). */
export function textLines(json: string): string[] {
  return json.split('\n').map((line, i, all) => (i < all.length - 1 ? `${line}\n` : line));
}

/**
 * Stores a serialised search index as parts (see split-text.ts) and says which, in order. Only
 * parts not stored yet are written: after a small change most of the text is the live index's, and
 * those rows are shared rather than copied. The caller then writes the slot's index row naming them;
 * it runs in the search worker, so the page never holds or clones the whole text. The head line is
 * cut around the names part's groups of terms (see `StoredSearchIndex.names`); each document group
 * is a line of its own (`StoredSearchIndex.documentGroups`).
 */
export async function storeSearchText(db: KioskDb, json: string): Promise<StoredSearchIndex> {
  const [head = '', ...rest] = textLines(json);
  const cut = cutNameGroups(head);
  if (!cut) return storeSearchLines(db, [head, ...rest]);
  const groups = cut.groups.map((group, i) => (i === 0 ? group.text : `,${group.text}`));
  const stored = await storeSearchLines(
    db,
    [cut.before, ...groups, cut.after, ...rest],
    cut.groups.map((group) => group.keys),
  );
  // Format 5: the document groups' lines, then the details (format 4: the hashes, the details).
  if (head.startsWith(`{"format":${SEARCH_INDEX_FORMAT},`)) stored.documentGroups = rest.length - 1;
  return stored;
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
  const fresh = new Map<string, string>();
  const keys = lines.map((line) => {
    if (typeof line !== 'string') return line.parts;
    return splitText(line).map((text) => {
      const kept = known?.get(text);
      if (kept) return kept;
      const key = partKey(text);
      fresh.set(key, text);
      return key;
    });
  });
  if (fresh.size > 0) {
    const stored = await (storedKeys ?? storedPartKeys(db));
    const rows: SearchPartRow[] = [];
    for (const [key, text] of fresh)
      if (!stored.has(key)) rows.push({ key: key as SearchPartRow['key'], text });
    if (rows.length > 0) await db.meta.bulkPut(rows);
  }
  const chars = lines.reduce((sum, line) => sum + (typeof line === 'string' ? line.length : line.chars), 0);
  const index: StoredSearchIndex = { parts: keys.flat(), lines: keys.map((line) => line.length), chars };
  if (names) index.names = names;
  if (documentGroups !== undefined) index.documentGroups = documentGroups;
  return index;
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
