import { isMap, isSeq } from 'yaml';
import type { Document, LineCounter, Node, Pair, YAMLMap } from 'yaml';
import type { FieldPath } from './problems';

/**
 * Each map's pairs by key, built on first use: a file with thousands of keys (each one a problem)
 * finds every line in constant time instead of scanning the map once per problem.
 */
const pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairFor(map: YAMLMap, key: string): Pair | undefined {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items) {
      const k = pair.key as { value?: unknown } | null;
      if (k === null || typeof k !== 'object') continue;
      // A `null:` or `~:` key becomes "" in the data, which is the name problems give it.
      const text = k.value === null ? '' : String(k.value);
      if (!index.has(text)) index.set(text, pair);
    }
    pairIndex.set(map, index);
  }
  return index.get(key);
}

/** Line of the value at `path`, or of the nearest enclosing node when the value is absent. */
export function nodeLine(
  doc: Document,
  lc: LineCounter,
  path: FieldPath,
  keyLine: boolean,
): number | undefined {
  // Walk down as far as the path exists; a missing key is reported at its parent's line.
  let node: unknown = doc.contents;
  let line: number | undefined = node && (node as Node).range ? lc.linePos((node as Node).range![0]).line : 1;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = pairFor(node, String(seg));
      if (!pair) return line;
      const keyNode = pair.key as Node | null;
      const valueNode = pair.value as Node | null;
      if (keyNode?.range) line = lc.linePos(keyNode.range[0]).line;
      // A scalar is reported where its value sits (a long text may start on the next line); a
      // block map or list where its key is, which is where the curator looks for it.
      const isScalarValue = valueNode !== null && !isMap(valueNode) && !isSeq(valueNode);
      if (!keyLine && isScalarValue && valueNode.range) line = lc.linePos(valueNode.range[0]).line;
      node = valueNode;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item) return line;
      if (item.range) line = lc.linePos(item.range[0]).line;
      node = item;
    } else {
      return line;
    }
  }
  return line;
}

/**
 * What {@link nodeLine} reads of a document, without the document: each map's keys (the first of
 * a repeated one, as `pairFor` finds it) with their key and value lines, each list's items with
 * their lines. Plain JSON, so the YAML memo can keep it beside a file's data and answer a line
 * without parsing the file again.
 */
export interface LineTree {
  /** The line of the document's top node (1 when it has none). */
  line: number;
  node: LineNode;
}

type MapEntry = [
  key: string,
  keyLine: number | null,
  valueLine: number | null,
  scalar: boolean,
  child: LineNode,
];
type LineNode = { m: MapEntry[] } | { s: ([line: number | null, child: LineNode] | null)[] } | null;

export function lineTree(doc: Document, lc: LineCounter): LineTree {
  const at = (node: Node | null | undefined): number | null =>
    node?.range ? lc.linePos(node.range[0]).line : null;
  const walk = (node: unknown): LineNode => {
    if (isMap(node)) {
      const seen = new Set<string>();
      const m: MapEntry[] = [];
      for (const pair of node.items) {
        const k = pair.key as ({ value?: unknown } & Node) | null;
        if (k === null || typeof k !== 'object') continue;
        const text = k.value === null ? '' : String(k.value);
        if (seen.has(text)) continue;
        seen.add(text);
        const value = pair.value as Node | null;
        const scalar = value !== null && !isMap(value) && !isSeq(value);
        m.push([text, at(k), at(value), scalar, walk(value)]);
      }
      return { m };
    }
    if (isSeq(node)) {
      return { s: node.items.map((item) => (item ? [at(item as Node), walk(item)] : null)) };
    }
    return null;
  };
  return { line: at(doc.contents as Node | null) ?? 1, node: walk(doc.contents) };
}

/** Each map node's entries by key, built on first use (as `pairIndex` does for documents). */
const entryIndex = new WeakMap<MapEntry[], Map<string, MapEntry>>();

/** {@link nodeLine}'s answer, read from a {@link LineTree}. */
export function treeLine(tree: LineTree, path: FieldPath, keyLine: boolean): number {
  let node = tree.node;
  let line = tree.line;
  for (const seg of path) {
    if (node && 'm' in node) {
      let index = entryIndex.get(node.m);
      if (!index) {
        index = new Map(node.m.map((entry) => [entry[0], entry]));
        entryIndex.set(node.m, index);
      }
      const entry = index.get(String(seg));
      if (!entry) return line;
      const [, keyAt, valueAt, scalar, child] = entry;
      if (keyAt !== null) line = keyAt;
      if (!keyLine && scalar && valueAt !== null) line = valueAt;
      node = child;
    } else if (node && 's' in node && typeof seg === 'number') {
      const item = node.s[seg];
      if (!item) return line;
      if (item[0] !== null) line = item[0];
      node = item[1];
    } else {
      return line;
    }
  }
  return line;
}
