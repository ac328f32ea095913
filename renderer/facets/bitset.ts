/**
 * Fixed-size bitsets over piece positions (bit i = the i-th piece of the collection). A 10,000-piece
 * collection fits in 313 words, so AND/OR/popcount over a whole facet value costs a few hundred
 * integer operations: cheap enough to recount every facet on every tap.
 */
export type Bitset = Uint32Array;

export function emptyBitset(size: number): Bitset {
  return new Uint32Array(Math.ceil(size / 32));
}

/** All `size` bits set (the unused high bits of the last word stay clear so counts are exact). */
export function fullBitset(size: number): Bitset {
  const bits = emptyBitset(size).fill(0xffffffff);
  const spare = bits.length * 32 - size;
  if (spare > 0) bits[bits.length - 1] = 0xffffffff >>> spare;
  return bits;
}

export function setBit(bits: Bitset, index: number): void {
  bits[index >>> 5] |= 1 << (index & 31);
}

export function hasBit(bits: Bitset, index: number): boolean {
  return (bits[index >>> 5] & (1 << (index & 31))) !== 0;
}

/** `target |= other`, in place. */
export function orInto(target: Bitset, other: Bitset): void {
  for (let i = 0; i < target.length; i++) target[i] |= other[i];
}

/** `target &= other`, in place. */
export function andInto(target: Bitset, other: Bitset): void {
  for (let i = 0; i < target.length; i++) target[i] &= other[i];
}

/** Number of bits set in `a & b`, without allocating. */
export function countAnd(a: Bitset, b: Bitset): number {
  let count = 0;
  for (let i = 0; i < a.length; i++) count += popcount(a[i] & b[i]);
  return count;
}

function popcount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
