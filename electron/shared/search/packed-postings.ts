import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';

/**
 * How a part's postings (which documents a term is in, per field, and how often) are persisted
 * from format 6. MiniSearch serialises them as an object per term and field, `{"6319":1,"6983":1}`:
 * nine characters a posting, 7.7 of the 10.8 MB that a 10,000-piece index stores, and every one of
 * those characters is fetched, hashed, written to IndexedDB at a first sync and read back at each
 * start (issue 12: the index's writes were most of what a first sync spent beyond the raw write of
 * its records). Packed, a field's postings are one string: the documents ascending, each as its
 * distance from the one before in base 36, with `:` and the count in base 36 where a term occurs
 * more than once, comma-separated: `"4vj,ir,2:3"`. About a third of the text; loading it also
 * makes fewer objects than MiniSearch's own loader (no object per term and field to read keys from).
 */
export type PackedIndex = [term: string, fields: Record<string, string | Record<string, number>>][];

/** A part as persisted: MiniSearch's plain object with its postings packed. */
export type PackedPart = Omit<AsPlainObject, 'index'> & { index: PackedIndex };

/** Documents (ascending) and how often the term is in each, packed. */
export function packFrequencies(documents: readonly number[], times: readonly number[]): string {
  let text = '';
  let previous = 0;
  for (let i = 0; i < documents.length; i++) {
    const document = documents[i]!;
    if (i > 0) text += ',';
    text += (document - previous).toString(36);
    if (times[i] !== 1) text += `:${times[i]!.toString(36)}`;
    previous = document;
  }
  return text;
}

/** MiniSearch's plain object (`toJSON()`, or some of its fields) with each field's postings packed. */
export function packPart<P extends Pick<AsPlainObject, 'index'>>(
  part: P,
): Omit<P, 'index'> & { index: PackedIndex } {
  const index: PackedIndex = part.index.map(([term, fields]) => {
    const packed: Record<string, string> = {};
    for (const field of Object.keys(fields)) {
      // Integer keys of an object list ascending, whatever order they were added in.
      const frequencies = fields[field] as unknown as Record<string, number>;
      const documents = Object.keys(frequencies).map(Number);
      packed[field] = packFrequencies(
        documents,
        documents.map((document) => frequencies[document]!),
      );
    }
    return [term, packed];
  });
  return { ...part, index };
}

/** A part's persisted JSON. */
export function packedPartJson(part: MiniSearch<never> | MiniSearch<unknown>): string {
  return JSON.stringify(packPart(part.toJSON()));
}

/** The postings of one term and field: packed text, or MiniSearch's object (formats 4 and 5). */
function frequencyMap(data: string | Record<string, number>): Map<number, number> {
  const map = new Map<number, number>();
  if (typeof data !== 'string') {
    for (const key of Object.keys(data)) map.set(parseInt(key, 10), data[key]!);
    return map;
  }
  let document = 0;
  let value = 0;
  let delta = 0;
  let inTimes = false;
  for (let i = 0; i <= data.length; i++) {
    const c = i < data.length ? data.charCodeAt(i) : 44;
    if (c === 44 /* , */) {
      if (inTimes) {
        map.set((document += delta), value);
      } else map.set((document += value), 1);
      value = 0;
      inTimes = false;
    } else if (c === 58 /* : */) {
      delta = value;
      value = 0;
      inTimes = true;
    } else value = value * 36 + (c <= 57 ? c - 48 : c - 87);
  }
  return map;
}

type IndexTree = { set(term: string, data: Map<number, Map<number, number>>): void };

/** Terms `from` to `to` of a persisted part put into the tree of a MiniSearch instance. */
function fill(search: MiniSearch<never>, index: PackedIndex, from: number, to: number): void {
  const tree = (search as unknown as { _index: IndexTree })._index;
  for (let i = from; i < to; i++) {
    const [term, fields] = index[i]!;
    const data = new Map<number, Map<number, number>>();
    for (const field of Object.keys(fields)) data.set(parseInt(field, 10), frequencyMap(fields[field]!));
    tree.set(term, data);
  }
}

/** Terms put into the tree between two yields of `loadPackedPartJsonAsync`. */
const TERMS_PER_TASK = 1000;

/**
 * A persisted part loaded into MiniSearch, as `MiniSearch.loadJS` loads its own plain object: the
 * instance is made from the head (no terms), and the terms are put into its tree in the order
 * given, which makes the same tree (this relies on MiniSearch 7's `_index`, as compact-postings.ts).
 */
export function loadPackedPart<T>(part: PackedPart | AsPlainObject, options: Options<T>): MiniSearch<T> {
  const search = MiniSearch.loadJS<T>({ ...part, index: [] }, options);
  const index = part.index as PackedIndex;
  fill(search as MiniSearch<never>, index, 0, index.length);
  return search;
}

/** `loadPackedPart` of a part's JSON, yielding between batches of terms (a long task otherwise). */
export async function loadPackedPartJsonAsync<T>(json: string, options: Options<T>): Promise<MiniSearch<T>> {
  const part = JSON.parse(json) as PackedPart;
  const search = MiniSearch.loadJS<T>({ ...part, index: [] }, options);
  for (let from = 0; from < part.index.length; from += TERMS_PER_TASK) {
    if (from > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    fill(search as MiniSearch<never>, part.index, from, Math.min(from + TERMS_PER_TASK, part.index.length));
  }
  return search;
}
