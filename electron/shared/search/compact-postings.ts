import type MiniSearch from 'minisearch';

/**
 * The query worker's copy of the index holds, at 10,000 pieces, about a million postings (a
 * document and how often a term is in one of its fields), each an entry of a Map per term and
 * field: most of the index's heap, well over the 20 MB budget. That copy is never changed once
 * loaded, so each of those maps can become two plain arrays behind the three members MiniSearch's
 * scoring reads (`size`, `keys`, `get`): the same documents in the same order, so the very same
 * scores. This relies on MiniSearch 7's internal layout (its `_index` tree: term -> field id ->
 * Map(document -> frequency), and its `_documentIds`); a map that is not laid out so is left as it is.
 */
export function compactPostings(index: MiniSearch<never>): void {
  const { _index: tree, _documentIds: documents } = index as unknown as {
    _index?: { values?: () => Iterable<unknown> };
    _documentIds?: unknown;
  };
  if (typeof tree?.values !== 'function' || !(documents instanceof Map)) return;
  for (const fields of tree.values()) {
    if (!(fields instanceof Map)) return;
    for (const [field, frequencies] of fields as Map<number, unknown>) {
      if (frequencies instanceof Map && ascendingKeys(frequencies)) {
        fields.set(field, FrozenFrequencies.of(frequencies as Map<number, number>, documents));
      }
    }
  }
}

/** The documents an index holds (MiniSearch's `_documentIds`: short id -> id). */
type LiveDocuments = Pick<Map<number, unknown>, 'has'>;

/**
 * A term's frequencies in one field, read-only: documents ascending, as the loaded maps hold them.
 * Postings of documents the index no longer holds are left out. An index that was updated keeps
 * them (MiniSearch drops a discarded document's postings lazily, when a search meets one, which
 * would write to this). Leaving them out gives the counts MiniSearch scores with after dropping them.
 */
class FrozenFrequencies {
  constructor(
    private readonly documents: number[],
    private readonly times: number[],
  ) {}

  static of(map: Map<number, number>, live: LiveDocuments): FrozenFrequencies {
    // Spread, not pushed one by one: arrays grown by push keep spare room, which at a million
    // postings was 2.5 MB more heap (measured by the store bench's queryIndexHeapMB).
    const documents = [...map.keys()];
    const times = [...map.values()];
    if (documents.every((document) => live.has(document))) return new FrozenFrequencies(documents, times);
    const kept = documents.flatMap((document, i) => (live.has(document) ? [i] : []));
    return new FrozenFrequencies(
      kept.map((i) => documents[i]!),
      kept.map((i) => times[i]!),
    );
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
