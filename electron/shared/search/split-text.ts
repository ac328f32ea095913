/**
 * Content-defined cutting of a long text (the serialised search index) into parts. A cut falls
 * where a rolling hash of the last few dozen characters has its top bits clear, so a cut depends
 * only on the text right before it: an edit changes the part it falls in (and at most its
 * neighbour), and every other part comes out with the same text as before. Stored under a hash of
 * their text (`partKey`), unchanged parts are then neither written again nor stored twice.
 */

/** No cut before this many characters into a part. */
export const PART_MIN_CHARS = 4096;
/** A cut is forced at this many characters (text with no cut point, e.g. a long run of one digit). */
export const PART_MAX_CHARS = 65_536;
/** Top 14 bits clear: one cut per ~16,000 characters past the minimum, on average. */
const CUT_MASK = 0xfffc0000 | 0;

/** Per-character random values of the rolling ("gear") hash; fixed, so cuts are the same everywhere. */
const GEAR = (() => {
  const table = new Int32Array(256);
  let x = 0x2545f491;
  for (let i = 0; i < 256; i++) {
    // xorshift32: any fixed spread of bits will do.
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    table[i] = x;
  }
  return table;
})();

/** Cuts `text` into parts whose concatenation is `text`; the same text always cuts the same way. */
export function splitText(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let hash = 0;
  for (let i = 0; i < text.length; i++) {
    // Each step shifts the older characters' bits up and out: the top bits see the last 32.
    hash = ((hash << 1) + GEAR[text.charCodeAt(i) & 255]) | 0;
    const size = i + 1 - start;
    if ((size >= PART_MIN_CHARS && (hash & CUT_MASK) === 0) || size >= PART_MAX_CHARS) {
      parts.push(text.slice(start, i + 1));
      start = i + 1;
      hash = 0;
    }
  }
  if (start < text.length) parts.push(text.slice(start));
  return parts;
}

/** The key a part is stored and shipped under (see `partKey`). */
export type SearchPartKey = `searchpart:${string}`;

/** A 53-bit hash of `text` (cyrb53), as hex. */
function hash53(text: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}

/**
 * The storage key of a part: two independent 53-bit hashes and the length, so two different
 * texts sharing a key (and one index reading another's part) is not a practical concern.
 */
export function partKey(text: string): SearchPartKey {
  return `searchpart:${hash53(text, 0)}-${hash53(text, 0x9e3779b9)}-${text.length.toString(36)}`;
}

/** The length of the text of the part stored under `key` (its last field, see `partKey`). */
export function partChars(key: string): number {
  return parseInt(key.slice(key.lastIndexOf('-') + 1), 36);
}

/**
 * A pack's text cut back into the texts of its parts, by the lengths their keys end in (a pack is
 * its parts' texts one after the other); undefined when those lengths do not add up to the text.
 * Each text still has to be checked against its key.
 */
export function unpackParts(text: string, keys: readonly string[]): string[] | undefined {
  let at = 0;
  const texts = keys.map((key) => text.slice(at, (at += partChars(key))));
  return at === text.length ? texts : undefined;
}

/**
 * Where a build ships the part stored under `key`, relative to the collection folder: the key's
 * hashes and length name the file, so it is content-named like a chunk and cached for good.
 */
export function searchPartFile(key: string): string {
  return `search/${key.slice(key.indexOf(':') + 1)}.txt`;
}
