import { isAlias, isCollection, isNode, isPair, isScalar, visit } from 'yaml';
import type { CST, Document } from 'yaml';

/**
 * Deepest nesting of lists and groups a collection file may have. The format itself needs at most
 * four levels (`media[0].alt.id`, `production.makers[0].maker`); twenty leaves room for any
 * layout a curator may choose while stopping a file of thousands of brackets before the YAML
 * composer recurses into it ("Maximum call stack size exceeded").
 */
export const MAX_NESTING = 20;

type Entry = { token: CST.Token; depth: number };

/**
 * Offset of the first list or group (in file order) nested deeper than `max`, read from the
 * parser's token tree without recursion; undefined when the file stays within the limit.
 */
export function tooDeepAt(tokens: readonly CST.Token[], max = MAX_NESTING): number | undefined {
  // Children are pushed in reverse so the stack pops them in file order.
  const stack: Entry[] = [...tokens].reverse().map((token) => ({ token, depth: 0 }));
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    if (token.type === 'document') {
      if (token.value) stack.push({ token: token.value, depth });
      continue;
    }
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection')
      continue;
    if (depth + 1 > max) return token.offset;
    for (let i = token.items.length - 1; i >= 0; i--) {
      const item = token.items[i]!;
      if (item.value) stack.push({ token: item.value, depth: depth + 1 });
      if (item.key) stack.push({ token: item.key, depth: depth + 1 });
    }
  }
  return undefined;
}

/** An alias found in a document, with where it sits. */
interface AliasAt {
  name: string;
  /** Offset of the alias in the file. */
  offset: number;
}

/** What {@link inspectAliases} found. */
export interface AliasReport {
  /** The alias that expands the most, with how many values it stands for once written out. */
  worst?: AliasAt & { size: number };
  /** The first alias with no anchor of its name before it. */
  dangling?: AliasAt;
}

/**
 * Finds the alias that expands the most (where a "billion laughs" file explodes) and the first
 * alias without an anchor, for a document the YAML library refused to turn into data. Walks the
 * document in file order, the way aliases resolve (to the nearest anchor before them). Recursion
 * is bounded by {@link MAX_NESTING}, checked before the document was composed.
 */
export function inspectAliases(doc: Document): AliasReport {
  const sizes = new Map<unknown, number>();
  const anchors = new Map<string, unknown>();
  const found: AliasReport = {};
  const sizeOf = (node: unknown): number => {
    if (node === null || typeof node !== 'object') return 1;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    // A node that aliases itself (`a: &x [*x]`) counts once instead of looping.
    sizes.set(node, 1);
    if (isNode(node) && node.anchor) anchors.set(node.anchor, node);
    let size = 1;
    if (isAlias(node)) {
      const at = { name: node.source, offset: node.range?.[0] ?? 0 };
      const target = anchors.get(node.source);
      if (target === undefined) found.dangling ??= at;
      else size = sizes.get(target) ?? 1;
      if (!found.worst || size > found.worst.size) found.worst = { ...at, size };
    } else if (isPair(node)) {
      size = sizeOf(node.key) + sizeOf(node.value);
    } else if (isCollection(node)) {
      for (const item of node.items) size = Math.min(size + sizeOf(item), Number.MAX_SAFE_INTEGER);
    }
    sizes.set(node, size);
    return size;
  };
  sizeOf(doc.contents);
  return found;
}

/**
 * Offsets of keys written a second time in the same group. The YAML library's own check
 * (`uniqueKeys`) compares every key with every other: a file of 20,000 keys took ten seconds and a
 * 2 MB file of them would take an hour. One set per group makes it linear.
 */
export function repeatedKeys(doc: Document): number[] {
  const offsets: number[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const { key } of map.items) {
        if (!isScalar(key)) continue;
        const text = String(key.value);
        if (seen.has(text)) offsets.push(key.range?.[0] ?? 0);
        else seen.add(text);
      }
    },
  });
  return offsets;
}
