/**
 * Changes to one piece.yaml through the yaml library's document API, so that the curator's comments,
 * the fields no column maps and the flow style of a list all stay as they were: only the values the
 * spreadsheet sets are replaced.
 */
import { Document, isCollection, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';

/** Top-level keys of piece.yaml in the order the curator's guide writes them (for new pieces). */
const PIECE_ORDER = [
  'accession',
  'object',
  'group',
  'title',
  'summary',
  'description',
  'motifs',
  'techniques',
  'dyes',
  'colours',
  'fabric',
  'production',
  'dimensions',
  'inscriptions',
  'acquisition',
  'rights',
  'display',
  'related',
  'notes',
  'media',
];
const PRODUCTION_ORDER = ['makers', 'place', 'region', 'era', 'date'];

/** Deep equality of plain YAML data (strings, numbers, booleans, arrays, maps). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // A YAML block ends its text with a line break that a spreadsheet cell does not keep.
  if (typeof a === 'string' && typeof b === 'string') return a.trimEnd() === b.trimEnd();
  // An empty list and no list say the same; a cell cannot tell them apart.
  const empty = (x: unknown) => x === undefined || (Array.isArray(x) && x.length === 0);
  if (empty(a) && empty(b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameData(x, b[i]))
    );
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return (
      ka.length === kb.length &&
      ka.every((k) => sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
    );
  }
  return false;
}

export class PieceDocument {
  private constructor(private readonly doc: Document) {}

  static parse(text: string): PieceDocument {
    return new PieceDocument(parseDocument(text));
  }

  static empty(): PieceDocument {
    return new PieceDocument(new Document({}));
  }

  /** The YAML parsed to errors? Then it cannot be merged into safely. */
  get errors(): readonly Error[] {
    return this.doc.errors;
  }

  data(): Record<string, unknown> {
    const data = this.doc.toJS() as unknown;
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  }

  get(path: readonly string[]): unknown {
    const node = this.doc.getIn(path, true) as Node | undefined;
    return node === undefined ? undefined : (node as { toJSON(): unknown }).toJSON();
  }

  /** Sets a value; a list or map written in flow style (`[a, b]`) stays in flow style. */
  set(path: readonly string[], value: unknown, comment?: string): void {
    const before = this.doc.getIn(path, true) as unknown;
    const node = this.doc.createNode(value) as Node;
    if (isCollection(before) && before.flow && isCollection(node)) node.flow = true;
    if (isScalar(before) && isScalar(node) && typeof value === 'string') {
      // A folded or literal block stays one for text with paragraphs; quoting stays as it was.
      if (before.type !== 'PLAIN' || !value.includes('\n')) node.type = before.type;
    }
    if (comment !== undefined && isScalar(node)) node.comment = comment;
    this.doc.setIn(path, node);
  }

  /**
   * Adds items at the end of a list, leaving the items already there exactly as written: a photo
   * added from a spreadsheet must not rewrite the regions (issue 16) of the photos before it.
   */
  append(path: readonly string[], values: readonly unknown[]): void {
    if (!isSeq(this.doc.getIn(path, true))) {
      this.set(path, values);
      return;
    }
    for (const value of values) this.doc.addIn(path, this.doc.createNode(value));
  }

  /** Removes a value, and any map left empty above it. */
  delete(path: readonly string[]): void {
    this.doc.deleteIn(path);
    for (let depth = path.length - 1; depth > 0; depth--) {
      const parent = this.doc.getIn(path.slice(0, depth), true) as unknown;
      if (!isMap(parent) || parent.items.length > 0) break;
      this.doc.deleteIn(path.slice(0, depth));
    }
  }

  /** Puts top-level and production keys in the guide's order (for a piece made from a row). */
  order(): void {
    const sortPairs = (map: unknown, order: readonly string[]) => {
      if (!isMap(map)) return;
      const rank = (key: unknown) => {
        const name = isScalar(key) ? String(key.value) : String(key);
        const i = order.indexOf(name);
        return i === -1 ? order.length : i;
      };
      map.items.sort((a, b) => rank(a.key) - rank(b.key));
    };
    sortPairs(this.doc.contents, PIECE_ORDER);
    sortPairs(this.doc.getIn(['production'], true), PRODUCTION_ORDER);
  }

  toString(): string {
    return this.doc.toString({ lineWidth: 0, flowCollectionPadding: true });
  }
}
