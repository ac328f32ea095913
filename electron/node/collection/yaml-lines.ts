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
