import { cutNameGroups } from './name-groups';
import { isGroupedHead } from './persisted-index';
import { partKey, splitText, type SearchPartKey } from './split-text';

/**
 * What a search index builder stored: its parts in order, how many of them make each line of the
 * text (head, hashes, details: see persisted-index.ts; the head possibly cut further, see `names`),
 * and the length of the whole text. A kiosk keeps it as its slot's index row; a build ships it.
 */
export interface StoredSearchIndex {
  parts: SearchPartKey[];
  lines: number[];
  chars: number;
  /**
   * Set when the head line was stored cut around the names part's term list: `lines` then counts
   * the text before the list, one line per group of terms, the text after it, the hashes and the
   * details, and this holds each group's term keys (see name-groups.ts), so an update reads and
   * rewrites only the groups its changes touch.
   */
  names?: string[][];
  /**
   * Set when the index (format 5) holds its per-document tables in groups of documents
   * (document-groups.ts): how many. With `names`, `lines` then counts the text before the term
   * list, one line per group of terms, the text after it, one line per group of documents and the
   * details, so an update reads and rewrites only the documents' groups it changes. Absent in rows
   * of format 4 indexes (head, hashes, details), which still load and are stored in groups by their
   * next update.
   */
  documentGroups?: number;
}

/** One line of a stored index kept as it is: its part keys and its length. */
export interface StoredLine {
  parts: SearchPartKey[];
  chars: number;
}

/** The lines of a serialised index, each but the last with its newline (they join back to `json`). */
export function textLines(json: string): string[] {
  return json.split('\n').map((line, i, all) => (i < all.length - 1 ? `${line}\n` : line));
}

/** A serialised index cut into parts: the index row's layout, and the text of each part by key. */
export interface CutSearchIndex {
  index: StoredSearchIndex;
  texts: Map<SearchPartKey, string>;
}

/**
 * Cuts a serialised search index into parts (see split-text.ts) without storing them: what the
 * collection build ships beside the chunks, and what `storeSearchText` stores. The head line is cut
 * around the names part's groups of terms (see `StoredSearchIndex.names`); each document group is a
 * line of its own (`StoredSearchIndex.documentGroups`).
 */
export function cutSearchText(json: string): CutSearchIndex {
  const [head = '', ...rest] = textLines(json);
  const cut = cutNameGroups(head);
  if (!cut) return cutSearchLines([head, ...rest]);
  const groups = cut.groups.map((group, i) => (i === 0 ? group.text : `,${group.text}`));
  // Formats 5 and 6: the document groups' lines, then the details (format 4: the hashes, the details).
  const documentGroups = isGroupedHead(head) ? rest.length - 1 : undefined;
  return cutSearchLines(
    [cut.before, ...groups, cut.after, ...rest],
    cut.groups.map((group) => group.keys),
    undefined,
    documentGroups,
  );
}

/**
 * Cuts lines of an index text into parts (a `StoredLine` is kept as it is): the layout, and the text
 * of each part not `known` (part texts a caller already holds, with their keys).
 */
export function cutSearchLines(
  lines: readonly (string | StoredLine)[],
  names?: string[][],
  known?: ReadonlyMap<string, SearchPartKey>,
  documentGroups?: number,
): CutSearchIndex {
  const texts = new Map<SearchPartKey, string>();
  const keys = lines.map((line) => {
    if (typeof line !== 'string') return line.parts;
    return splitText(line).map((text) => {
      const kept = known?.get(text);
      if (kept) return kept;
      const key = partKey(text);
      texts.set(key, text);
      return key;
    });
  });
  const chars = lines.reduce((sum, line) => sum + (typeof line === 'string' ? line.length : line.chars), 0);
  const index: StoredSearchIndex = { parts: keys.flat(), lines: keys.map((line) => line.length), chars };
  if (names) index.names = names;
  if (documentGroups !== undefined) index.documentGroups = documentGroups;
  return { index, texts };
}
