import type { KioskDb } from '../db/kiosk-db';
import type { SearchPartRow, StoredSearchIndex } from '../db/meta-rows';
import { lineParts, readSearchPartTexts } from '../db/read';
import {
  cutNameGroups,
  groupsToRead,
  updateSearchIndexInGroups,
  type IndexInGroups,
  type PieceChanges,
  type SearchInput,
} from '../../electron/shared/search';
import type { PieceIdChanges } from './piece-changes';
import type { StoredLine } from '../../electron/shared/search/cut-search-text';
import { storedPartKeys, storeSearchLines } from './search-parts-writer';
import { partChars } from '../../electron/shared/search/split-text';

type Grouped = StoredSearchIndex & { names: string[][]; documentGroups: number };

/**
 * Whether `live` was stored cut around its groups of name terms and in groups of documents (see
 * `StoredSearchIndex.names` and `documentGroups`).
 */
function isGrouped(live: StoredSearchIndex): live is Grouped {
  // Lines: before the term list, one per group of terms, after it, one per group of documents,
  // the details.
  return (
    live.names !== undefined &&
    live.documentGroups !== undefined &&
    live.lines.length === live.names.length + 3 + live.documentGroups
  );
}

/** The line of document group `group` (see `isGrouped`). */
const documentLine = (live: Grouped, group: number) => live.names.length + 2 + group;

/** What `readNameGroupsOuter` read, with the key of each part text read (see `storeSearchLines`). */
export interface OuterRead extends IndexInGroups {
  known: Map<string, SearchPartRow['key']>;
  /** `storedPartKeys`, asked for with the rest, read while the update works. */
  storedKeys: Promise<ReadonlySet<string>>;
}

/** Reads lines `lines` of a stored index, each joined; undefined when a part is missing. */
async function readLines(
  db: KioskDb,
  live: StoredSearchIndex,
  lines: readonly number[],
  known: Map<string, SearchPartRow['key']>,
): Promise<string[] | undefined> {
  const keys = lines.map((line) => lineParts(live, line));
  const flat = keys.flat();
  const texts = await readSearchPartTexts(db, flat);
  if (!texts) return undefined;
  texts.forEach((text, i) => known.set(text, flat[i]!));
  let at = 0;
  return keys.map((line) => texts.slice(at, (at += line.length)).join(''));
}

/**
 * What `updateNameGroups` reads first: the head without its term list (its two pieces join into a
 * head whose list is empty) and the document groups of the motifs and of the changed pieces.
 * Undefined when `live` was not stored in groups or a part is missing. Read on its own so that it
 * can run beside the reading of the records.
 */
export async function readNameGroupsOuter(
  db: KioskDb,
  live: StoredSearchIndex,
  changes: PieceIdChanges,
): Promise<OuterRead | undefined> {
  if (!isGrouped(live)) return undefined;
  const groups = [...groupsToRead([...changes.written, ...changes.removed], live.documentGroups)];
  const known = new Map<string, SearchPartRow['key']>();
  const lines = [0, live.names.length + 1, ...groups.map((group) => documentLine(live, group))];
  const storedKeys = storedPartKeys(db);
  // Awaited only by a store that has new parts; its failure then is that store's.
  storedKeys.catch(() => {});
  const texts = await readLines(db, live, lines, known);
  if (!texts) return undefined;
  const [before = '', after = '', ...documents] = texts;
  const read = new Map(groups.map((g, i) => [g, documents[i]!]));
  return { head: before + after, documents: read, known, storedKeys };
}

/**
 * Updates a stored index stored in groups (`isGrouped`), reading and rewriting only the groups
 * of name terms the changed names fall in, the head without its term list and the document groups
 * `readNameGroupsOuter` read: a title change writes a few small groups instead of the 2.9 MB head
 * line and the 1.4 MB of per-document tables. `outer` is what `readNameGroupsOuter` read.
 * Undefined when `live` was not stored in groups; throws when the details are needed or the index
 * cannot be updated this way (the caller then updates the whole text).
 */
export async function updateNameGroups(
  db: KioskDb,
  live: StoredSearchIndex,
  outer: OuterRead | undefined,
  input: Omit<SearchInput, 'pieces'>,
  changes: PieceChanges,
): Promise<StoredSearchIndex | undefined> {
  if (!isGrouped(live) || outer === undefined) return undefined;
  const { names } = live;
  const loaded = new Map<number, string>();
  const loadGroups = async (keys: ReadonlySet<string>) => {
    const wanted = names.flatMap((groupKeys, i) => (groupKeys.some((key) => keys.has(key)) ? [i] : []));
    const texts = await readLines(
      db,
      live,
      wanted.map((i) => i + 1),
      outer.known,
    );
    if (texts === undefined) throw new Error('a stored part of the search index is missing');
    return texts.map((text, n) => {
      loaded.set(wanted[n]!, text);
      return text.startsWith(',') ? text.slice(1) : text;
    });
  };
  const updated = await updateSearchIndexInGroups(outer, input, changes, loadGroups);
  // One group per key: each goes back where its key was, or after the others when it is new.
  const cut = cutNameGroups(updated.head, 0);
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
  const kept = (line: number): StoredLine => {
    const parts = lineParts(live, line);
    return { parts, chars: parts.reduce((sum, key) => sum + partChars(key), 0) };
  };
  const groups: (string | StoredLine)[] = names.map((_, i) => {
    if (!loaded.has(i)) return kept(i + 1);
    const texts = rewritten.get(i);
    if (!texts) throw new Error(`group ${i} lost its terms`);
    return (i === 0 ? '' : ',') + texts.join(',');
  });
  for (const { text } of added) groups.push(groups.length === 0 ? text : `,${text}`);
  const documents = Array.from({ length: live.documentGroups }, (_, group) => {
    const text = updated.documents.get(group);
    return text === undefined ? kept(documentLine(live, group)) : `${text}\n`;
  });
  return storeSearchLines(
    db,
    [cut.before, ...groups, `${cut.after}\n`, ...documents, kept(-1)],
    [...names, ...added.map((a) => a.keys)],
    outer.known,
    live.documentGroups,
    outer.storedKeys,
  );
}
