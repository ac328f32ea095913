import type MiniSearch from 'minisearch';

/**
 * The query worker's copy of the index holds, at 10,000 pieces, about a million postings (a
 * document and how often a term is in one of its fields), each an entry of a Map per term and
 * field: most of the index's heap, well over the 20 MB budget. That copy is never changed once
 * loaded, so each of those maps can become two plain arrays behind the three members MiniSearch's
 * scoring reads (`size`, `keys`, `get`): the same documents in the same order, so the very same
 * scores. This relies on MiniSearch 7's internal layout (its `_index` tree: term -> field id ->
 * Map(document -> frequency)); a map that is not laid out so is left as it is.
 */
export function compactPostings(index: MiniSearch<never>): void {
  const tree = (index as unknown as { _index?: { values?: () => Iterable<unknown> } })._index;
  if (typeof tree?.values !== 'function') return;
  for (const fields of tree.values()) {
    if (!(fields instanceof Map)) return;
    for (const [field, frequencies] of fields as Map<number, unknown>) {
      if (frequencies instanceof Map && ascendingKeys(frequencies)) {
        fields.set(field, new FrozenFrequencies(frequencies as Map<number, number>));
      }
    }
  }
}

/** A term's frequencies in one field, read-only: documents ascending, as the loaded maps hold them. */
class FrozenFrequencies {
  private readonly documents: number[];
  private readonly times: number[];

  constructor(map: Map<number, number>) {
    this.documents = [...map.keys()];
    this.times = [...map.values()];
  }

  get size(): number {
    return this.documents.length;
  }

  keys(): IterableIterator<number> {
    return this.documents.values();
  }

  get(document: number): number | undefined {
    let low = 0;
    let high = this.documents.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const at = this.documents[middle];
      if (at === document) return this.times[middle];
      if (at < document) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }
}

/** Binary search needs them sorted; a map loaded from JSON lists its numeric keys ascending. */
function ascendingKeys(map: Map<unknown, unknown>): boolean {
  let previous = -Infinity;
  for (const key of map.keys()) {
    if (typeof key !== 'number' || key <= previous) return false;
    previous = key;
  }
  return true;
}
