import type { KioskDb } from '../db/kiosk-db';
import type { SearchPartRow, StoredSearchIndex } from '../db/meta-rows';
import { lineParts, readSearchPartTexts } from '../db/read';
import { cutNameGroups, updateSearchIndexNameGroups, type PieceChanges, type SearchInput } from '../search';
import { storeSearchLines, textLines, type StoredLine } from './search-parts-writer';
import { partChars } from './split-text';

/**
 * Stands in for the details line (labels, descriptions: most of the text) of the live index while
 * an update runs without it. It is not JSON: an update that needs the details fails to parse it
 * and is run again with them.
 */
const DETAILS_NOT_READ = '<details not read>';

/** Whether `live` was stored cut around its groups of name terms (see `StoredSearchIndex.names`). */
function isGrouped(live: StoredSearchIndex): live is StoredSearchIndex & { names: string[][] } {
  // Lines: before the term list, one per group, after it, the hashes, the details.
  return live.names !== undefined && live.lines.length === live.names.length + 4;
}

/** Parts of the live index an update read: their texts joined, and each text's key (see `storeSearchLines`). */
export interface ReadParts {
  text: string;
  known: Map<string, SearchPartRow['key']>;
}

/** Reads the parts `keys` of a stored index; undefined when one is missing. */
async function readParts(
  db: KioskDb,
  keys: readonly SearchPartRow['key'][],
  known = new Map<string, SearchPartRow['key']>(),
): Promise<ReadParts | undefined> {
  const texts = await readSearchPartTexts(db, keys);
  if (!texts) return undefined;
  texts.forEach((text, i) => known.set(text, keys[i]!));
  return { text: texts.join(''), known };
}

/**
 * What `updateNameGroups` reads first: the head without its term list, then the hashes line (the
 * head's two pieces join into a head whose list is empty). Undefined when `live` was not stored cut
 * or a part is missing. Read on its own so that it can run beside the reading of the records.
 */
export async function readNameGroupsOuter(
  db: KioskDb,
  live: StoredSearchIndex,
): Promise<ReadParts | undefined> {
  if (!isGrouped(live)) return undefined;
  return readParts(db, [...lineParts(live, 0), ...lineParts(live, -3), ...lineParts(live, -2)]);
}

/**
 * Updates a stored index whose head was stored cut around the names part's groups of terms
 * (`StoredSearchIndex.names`), reading and rewriting only the groups the changed names fall in, the
 * rest of the head and the hashes: a title change writes a few groups instead of the 2.9 MB head
 * line. `outer` is what `readNameGroupsOuter` read. Undefined when `live` was not stored cut;
 * throws when the details are needed or the index cannot be updated this way (the caller then
 * updates the whole text).
 */
export async function updateNameGroups(
  db: KioskDb,
  live: StoredSearchIndex,
  outer: ReadParts | undefined,
  input: Omit<SearchInput, 'pieces'>,
  changes: PieceChanges,
): Promise<StoredSearchIndex | undefined> {
  if (!isGrouped(live) || outer === undefined) return undefined;
  const { names } = live;
  const group = (i: number) => lineParts(live, i + 1);
  const loaded = new Map<number, string>();
  const loadGroups = async (keys: ReadonlySet<string>) => {
    const wanted = names.flatMap((groupKeys, i) => (groupKeys.some((key) => keys.has(key)) ? [i] : []));
    const texts = await Promise.all(wanted.map((i) => readParts(db, group(i), outer.known)));
    return texts.map((read, n) => {
      if (read === undefined) throw new Error('a stored part of the search index is missing');
      loaded.set(wanted[n]!, read.text);
      return read.text.startsWith(',') ? read.text.slice(1) : read.text;
    });
  };
  const updated = await updateSearchIndexNameGroups(
    outer.text + DETAILS_NOT_READ,
    input,
    changes,
    loadGroups,
  );
  const [head = '', hashes = '', details] = textLines(updated.toJSON());
  if (details !== DETAILS_NOT_READ) throw new Error('the details changed');
  // One group per key: each goes back where its key was, or after the others when it is new.
  const cut = cutNameGroups(head, 0);
  if (!cut) throw new Error('the updated head does not cut');
  const where = new Map(names.flatMap((groupKeys, i) => groupKeys.map((key) => [key, i] as const)));
  const rewritten = new Map<number, string[]>();
  const added: { keys: string[]; text: string }[] = [];
  for (const { keys, text } of cut.groups) {
    const at = where.get(keys[0]!);
    if (at === undefined) added.push({ keys, text });
    else if (!loaded.has(at)) throw new Error(`group ${at} changed without being read`);
    else rewritten.set(at, [...(rewritten.get(at) ?? []), text]);
  }
  const kept = (parts: StoredSearchIndex['parts']): StoredLine => ({
    parts,
    chars: parts.reduce((sum, key) => sum + partChars(key), 0),
  });
  const groups: (string | StoredLine)[] = names.map((_, i) => {
    if (!loaded.has(i)) return kept(group(i));
    const texts = rewritten.get(i);
    if (!texts) throw new Error(`group ${i} lost its terms`);
    return (i === 0 ? '' : ',') + texts.join(',');
  });
  for (const { text } of added) groups.push(groups.length === 0 ? text : `,${text}`);
  return storeSearchLines(
    db,
    [cut.before, ...groups, cut.after, hashes, kept(lineParts(live, -1))],
    [...names, ...added.map((a) => a.keys)],
    outer.known,
  );
}
